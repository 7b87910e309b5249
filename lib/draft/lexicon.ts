// The words that make a sentence report an event, by item kind, in French and English: one table.
// The categories are ACLED's event types and PLOVER's event classes, mapped onto our six kinds.
// Each cue is a regular-expression fragment matched as whole words, case-insensitively, on text whose
// apostrophes are straight ('); a leading "~" marks a weak cue (weight 1: it needs another cue),
// the others weigh 2. Order matters on a tie: the more specific kind comes first.
import type { ItemKind } from '@/lib/items/kinds';
import type { DraftLanguage } from './types';

export interface KindCues {
  kind: ItemKind;
  /** The ACLED / PLOVER categories this kind stands for. */
  categories: string;
  cues: Record<DraftLanguage, string[]>;
}

export const EVENT_LEXICON: KindCues[] = [
  {
    kind: 'exercise_area',
    categories: 'PLOVER MOBILIZE (military exercises, manoeuvres, test firing); ACLED strategic developments',
    cues: {
      fr: [
        'exercices?', 'exercices? militaires?', 'manœuvres', 'manoeuvres', 'entraînements? militaires?', "tirs? d'essai", 'essais? de missiles?',
        'patrouilles? conjointes?', 'simulations? de combat', "(?:tiré|lancé)\\p{L}*[^.]{0,100}?(?:s'est abîmé|en mer|dans la mer)", '~balistiques?', '~lancements?', '~essais?',
      ],
      en: ['exercises?', 'drills?', 'manoeuvres', 'maneuvers', 'war ?games', 'live-fire', 'test-fir\\p{L}*', 'missile tests?', 'joint patrols?', '(?:fired|launched)[^.]{0,100}?(?:into|in) the (?:[\\p{L}-]+ )?(?:sea|waters|ocean)', '~ballistic', '~launch(?:es|ed)?', '~tests?'],
    },
  },
  {
    kind: 'strike',
    categories: 'ACLED explosions/remote violence (air or drone strike, shelling, artillery, missile attack), violence against civilians; PLOVER ASSAULT',
    cues: {
      fr: [
        'frappes?', 'frappée?s?', 'frappé', 'bombard\\p{L}*', 'pilonn\\p{L}*', 'attaques?', 'attaqu\\p{L}*', 'explosions?', 'roquettes?',
        'obus', 'raids?', 'abattu\\p{L}*', 'détruit\\p{L}*', 'touché\\p{L}*', 'visé\\p{L}*', 'tués?', 'tuées?', 'blessés?', 'incendie', 'endommag\\p{L}*', 'sabot\\p{L}*', 'ouvert le feu', 'mortiers?', 'tirs? d\\p{L}* (?:artillerie|mortier)', 'échanges? de tirs', 'tirs avaient été échangés', 'échang\\p{L}* (?:des |de )?tirs',
        'essuyé (?:des |de )?tirs', 'tiré (?:sur|contre)', 'sous le feu', 'coups? de semonce', 'canons? à eau', 'éperonn\\p{L}*', 'arraisonn\\p{L}*', 'embuscades?', 'assassin\\p{L}*',
        '(?:saisi|détourn|intercept)\\p{L}* (?:[\\p{L}-]+ ){0,3}(?:pétroliers?|navires?|cargos?|vraquiers?|porte-conteneurs|bateaux?)',
        '~missiles?', '~drones?', '~tirs?', '~tiré\\p{L}*', '~projectiles?',
      ],
      en: [
        'strikes?', 'struck', 'airstrikes?', 'air strikes?', 'shell(?:ing|ed)', 'bombard\\p{L}*', 'bomb(?:ing|ed|s)', 'attack(?:s|ed)?',
        'explosions?', 'blasts?', 'rockets?', 'raids?', 'shot down', 'destroyed', 'killed', 'wounded', 'injured', 'damag\\p{L}*', 'sabot\\p{L}*', 'severed', 'opened fire', 'mortars?', 'exchange of fire', 'exchang\\p{L}* (?:[\\p{L}-]+ )?fire', 'came under (?:[\\p{L}-]+ )?fire', 'gunfire', 'artillery', '~hit',
        'warning shots', 'fired (?:[\\p{L}-]+ ){0,3}(?:on|at|upon)', 'water cannons?', 'ramm(?:ed|ing)', 'ambush\\p{L}*', 'assassinat\\p{L}*',
        '(?:seiz|board|hijack|intercept)\\p{L}* (?:[\\p{L}-]+ ){0,3}(?:tankers?|ships?|vessels?|boats?|freighters?|carriers?)',
        '~missiles?', '~drones?', '~fired', '~launched', '~shells',
      ],
    },
  },
  {
    kind: 'troop_deployment',
    categories: 'PLOVER MOBILIZE (troop movements, deployments, reinforcements); ACLED strategic developments',
    cues: {
      fr: [
        'déploi\\p{L}*', 'déploy\\p{L}*', 'renforts?', 'dépêch\\p{L}*', 'achemin\\p{L}*', "envoi d\\p{L}* (?:troupes|soldats|militaires)",
        'envoy\\p{L}* (?:des )?(?:troupes|soldats|militaires)', 'mouvements? de troupes', 'convois? militaires?', 'stationn\\p{L}*', 'massé\\p{L}*',
        'escales?', 'escort\\p{L}*', '(?:envoy|dépêch|transfér|redéploy)\\p{L}* (?:[\\p{L}-]+ ){0,5}(?:à|en|au|aux|vers)', '~troupes', '~soldats', '~militaires', '~convois?', '~envoi', '~arriv\\p{L}*', '~frégates?', '~porte-avions',
        '~navires? de guerre', '~patrouill\\p{L}*', '~destroyers?', '~sous-marins?', '~unités', '~bataillons?', '~brigades?', '~chasseurs', '~bombardiers', '~avions',
      ],
      en: [
        'deploy\\p{L}*', 'reinforcements?', 'dispatch\\p{L}*', 'sent (?:troops|soldiers|forces)', 'troop movements?', 'military convoys?',
        'build-?up', 'stationed', 'massing', 'redeploy\\p{L}*', 'port calls?', 'escort\\p{L}*', '(?:sent|dispatched|moved|transferred|redeployed) (?:[\\p{L}-]+ ){0,5}(?:to|into|towards?)', '~troops', '~soldiers', '~convoys?', '~sent', '~arriv\\p{L}*',
        '~moved', '~patrol(?:s|led|ling)', '~frigates?', '~aircraft carriers?', '~carriers?', '~warships?', '~destroyers?', '~submarines?', '~units', '~battalions?', '~brigades?',
        '~fighter jets', '~bombers', '~aircraft',
      ],
    },
  },
  {
    kind: 'front_line',
    categories: 'ACLED battles (armed clash, government regains territory, non-state actor overtakes territory); PLOVER FIGHT, SEIZE',
    cues: {
      fr: [
        'offensives?', 'contre-offensives?', 'perd\\p{L}* du terrain', 'gagn\\p{L}* du terrain', "pris le contrôle", "s'est emparé\\p{L}*",
        "s'emparer", 'empar\\p{L}*', 'reprise', 'ligne de front', 'lignes de front', 'combats?', 'encercl\\p{L}*', 'percée', 'pris d\\p{L}* assaut', 'repli', 'recul\\p{L}*',
        'assauts?', 'conquête', 'conquis', 'avancée', 'avancées', 'affrontements?', 'ligne de démarcation', 'incursions?', 'contrôl(?:e|ée|ées|ent|ait|aient|er|ant)', "(?:a|ont|avait|avaient) pris (?:[\\p{L}-]+ )?(?:le |la |l'|les )?(?:contrôle|villes?|villages?|localités?|positions?|quartiers?)", 'bornes? frontalières', 'blocus', 'assiég\\p{L}*', '~franchi\\p{L}*', '~avanc\\p{L}*', '~progress\\p{L}*', '~front', '~rebelles', '~repris',
      ],
      en: [
        'offensives?', 'counteroffensives?', 'counter-offensives?', 'captur\\p{L}*', 'seiz\\p{L}*', 'took control', 'retook', 'recaptur\\p{L}*',
        'front ?lines?', 'gain(?:ed|ing|s)? ground', 'los(?:t|ing|es) ground', 'fighting', 'clashes', 'clashed', 'battles?', 'encircl\\p{L}*',
        'withdr\\p{L}*', 'retreat\\p{L}*', 'assaults?', 'demarcation line', 'incursions?', 'took (?:the )?(?:control|towns?|city|villages?|positions?)', 'control (?:of|over)', 'controls (?:the|most|much|all|parts?)', 'controlled', 'overr(?:an|un)', 'overrunning', 'under (?:the )?control', 'border markers', 'blockade', 'besieg\\p{L}*', 'siege', '~crossed', '~advanc\\p{L}*', '~front', '~rebels',
      ],
    },
  },
  {
    kind: 'diplomatic_contact',
    categories: 'PLOVER CONSULT (calls, meetings, visits), AGREE, ENGAGE; ACLED agreements',
    cues: {
      fr: [
        'entretenu\\p{L}*', 'entretiens?', "s'entret\\p{L}*", 'appels? téléphoniques?', 'au téléphone', 'téléphon\\p{L}*', 'conversations?',
        'rencontr\\p{L}*', 'réunions?', 'réuni\\p{L}*', 'sommet', "s'est rendu\\p{L}*", "se rend(?:ra|ront|re)?", '~attendue?s? (?:à|en|au)', 'visites?', 'pourparlers', 'négociations?', 'accords?',
        'convoqu\\p{L}*', 'médiation', 'délégations?', '~appels?', '~discut\\p{L}*', '~échang\\p{L}*', '~reçu\\p{L}*', '~ambassadeurs?', '~émissaires?',
      ],
      en: [
        'phone call', 'phoned', 'spoke (?:with|to)', 'talked', 'talks', 'met', 'meet(?:s|ing)?', 'meetings?', '~travel\\p{L}* to', '~flew to', 'summit', 'visit(?:ed|s)?', 'negotiations?',
        'held talks', 'hosted', 'agreements?', 'summon\\p{L}*', 'mediat\\p{L}*', 'delegations?', '~calls?', '~called', '~discuss\\p{L}*', '~ambassadors?', '~envoys?',
      ],
    },
  },
  {
    kind: 'political_event',
    categories: 'PLOVER ACCUSE, THREATEN, DEMAND, SANCTION, PROTEST, RETREAT (political); ACLED protests, riots, strategic developments',
    cues: {
      fr: [
        'menac\\p{L}*', 'élections?', 'investiture', 'sanctions?', 'manifest\\p{L}*', 'démission\\p{L}*', 'décrets?', 'référendum',
        "état d'urgence", 'loi martiale', 'expuls\\p{L}*', 'ultimatum', "coup d'état", 'putsch', 'prêt\\p{L}* serment', 'interdi\\p{L}*',
        'condamn\\p{L}*', 'accus\\p{L}*', 'mobilisation', 'inspect\\p{L}*', 'évacu\\p{L}*', 'couvre-feu', 'conseil (?:[\\p{L}-]+ ){0,2}de (?:sécurité|défense)', "en état d'alerte", '~ordonn\\p{L}*',
        "(?:ferm\\p{L}* (?:des |les |leurs )?écoles|écoles (?:ont été |sont )?fermées)",
        "ferm\\p{L}* (?:la |sa |ses |les |l')?(?:frontières?|postes?[- ]frontières?|passages?|points? de passage|espace aérien)", '~élu\\p{L}*', '~nommé\\p{L}*', '~vote\\p{L}*',
      ],
      en: [
        'threat\\p{L}*', 'elections?', 'inaugurat\\p{L}*', 'sanctions?', 'protest\\p{L}*', 'resign\\p{L}*', 'decrees?', 'referendum',
        'state of emergency', 'martial law', 'expel\\p{L}*', 'ultimatum', 'coup', 'sworn in', 'banned', 'condemn\\p{L}*', 'accus\\p{L}*',
        'mobilization', 'mobilisation', 'inspect\\p{L}*', 'evacuat\\p{L}*', 'curfew', '(?:national )?security council', 'cabinet', 'on (?:high )?alert', '~ordered',
        'schools? (?:[\\p{L}-]+ ){0,6}(?:were |was |have been |had been )?(?:closed|shut)', 'clos(?:e|ed|ing) (?:the |its |their )?(?:border|crossing|airspace)', '~elected', '~appointed', '~vote\\p{L}*',
      ],
    },
  },
];
