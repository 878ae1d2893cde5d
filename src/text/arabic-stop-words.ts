// Arabic function words that say nothing about what an article is about: left out when
// comparing articles by content. Written in ordinary spelling, compared after folding.
import { normalizeArabic } from './arabic.js';

const WORDS = `
في من إلى الى على عن مع منذ حتى عند عبر خلال بين بعد قبل حول ضد دون لدى نحو تحت فوق أمام وراء
و ف ثم أو أم بل لكن لكنه لكنها إن أن إنه أنه إنها أنها كان كانت يكون تكون كانوا يكونوا ليس ليست
هذا هذه ذلك تلك هؤلاء أولئك هنا هناك هو هي هم هن هما نحن أنا أنت أنتم الذي التي الذين اللذين اللتين اللاتي ما ماذا
من لم لن لا قد لقد سوف كل بعض غير أي أيضا كما مثل كذلك حيث إذ إذا لو لولا عندما بينما ثمة
به بها بهم له لها لهم فيه فيها فيهم منه منها منهم عليه عليها عليهم إليه إليها عنه عنها معه معها
وفي ومن وإلى وعلى وعن ومع وقد ولم ولا وهو وهي وهذا وهذه وكان وكانت وأن وإن وذلك والتي والذي وكل وبين
فقد فإن فيما كما بما مما عما لما بأن لأن بعد أكثر أقل جدا فقط نفس عدة عدد أول آخر أخرى خلال
قال قالت وقال وقالت يقول تقول أضاف وأضاف أكد وأكد أشار وأشار أوضح وأوضح حسب وفق وفقا إطار
يوم اليوم أمس غدا العام عام الماضي الجاري المقبل الحالي تم يتم ضمن لدى سنة شهر
le la les de des du et un une en au aux pour par sur dans est the of and to in a is for on with by
`;

export const STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/u).filter(Boolean).map(normalizeArabic));

export const isStopWord = (token: string) => STOP_WORDS.has(token);
