/**
 * Words too common to say which event an article tells. English: function words and the reporting verbs every
 * retelling uses. Korean and Arabic lists hold the equivalents the tuning half showed to join unrelated stories.
 * Kept short on purpose: a rare word that is in no list costs little, a content word wrongly listed loses
 * evidence.
 */
export const ENGLISH_STOPWORDS = new Set(
  `a an the and or but if of to in on at by for from with without into onto over under about after before
  as is are was were be been being has have had do does did will would shall should can could may might must
  it its this that these those he she they them his her their we our you your i me my not no nor so than then
  there here who whom whose which what when where why how all any each some more most other such only own same
  very just also up down out off again further once s t said says say told tells tell according report reports
  reported new first last year years day days week weeks month months monday tuesday wednesday thursday friday
  saturday sunday today yesterday tomorrow while amid after since until per vs via one two`
    .split(/\s+/)
    .filter(Boolean),
);

export const KOREAN_STOPWORDS = new Set(
  `및 등 위해 대한 관련 통해 따라 이번 지난 오늘 내일 어제 것 수 밝혔다 말했다 했다 있다 없다 전했다 기자 속보 단독
  종합 뉴스 올해 지난해 현재 오전 오후 이날 가운데 또 더 중 후 전 첫 일 월 년`
    .split(/\s+/)
    .filter(Boolean),
);

/** Arabic stopwords, written already normalised (see arabic-tokens.ts: alef, ya and ta marbuta folded). */
export const ARABIC_STOPWORDS = new Set(
  `في من علي الي عن مع هذا هذه ذلك تلك التي الذي الذين او ان انه انها كان كانت يكون بعد قبل حتي منذ عند خلال
  بين ضد حول لدي كما ما لا لم لن قد وقد ثم كل بعض اي غير هو هي هم نحو امس اليوم غدا يوم الاثنين الثلاثاء
  الاربعاء الخميس الجمعه السبت الاحد قال قالت اعلن اعلنت اكد اكدت وقال وقالت وفق وفقا اضاف اضافت عام العام`
    .split(/\s+/)
    .filter(Boolean),
);
