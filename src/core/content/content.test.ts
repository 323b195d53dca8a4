/**
 * Content is valid, sourced and ours: every item parses, defaults match the schema, ids are unique
 * and links resolve, every kind has items, and no item repeats eight words in a row from a seed
 * article. The seed check works on a fresh clone too: it compares against fingerprints of the
 * seeds' 8-word runs, and re-derives them from the articles whenever the articles are on disk.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSeeds, SEED_FILES, SEEDS_DIR } from '../../../test/seeds.js';
import { ARTICLE_IDS, CONTENT_KINDS, GUIDELINE_IDS } from './constants.js';
import { CONTENT, contentById, RAW_CONTENT, withDefaults } from './index.js';
import { ContentItem, type ContentItemInput, type Source } from './schema.js';
import { ARTICLES, GUIDELINES, sourceLabel } from './sources.js';

const RUN = 8;

/** Words as the copy check compares them: lower case, apostrophes dropped, punctuation ignored. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

/** FNV-1a, 32 bits, as 8 hex digits: enough to tell ~1,500 seed runs apart from ours. */
function fingerprint(run: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < run.length; i++) {
    h ^= run.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

function runs(text: string): string[] {
  const w = words(text);
  const out: string[] = [];
  for (let i = 0; i + RUN <= w.length; i++) out.push(w.slice(i, i + RUN).join(' '));
  return out;
}

/** Every 8-word run inside one sentence (or table cell, or line) of the seed articles. */
function seedRuns(text: string): string[] {
  return text.split(/[.!?\n|]+/).flatMap(runs);
}

/** Fingerprints of every 8-word run in the five seed articles (regenerate if the seeds change). */
const SEED_FINGERPRINTS: ReadonlySet<string> = new Set(
  [
    '006ddc960074f14400b8ce550120f1590125523b017a13c6018110660181a8ba01af317101ed876e022ee8a9',
    '0251b82302c59b8b02d3d53a02d7727502ee99cb02f137dd032cab3b034d48780412ca0a042613ee04d4dcd2',
    '04eadb9b04f03a060544c8a4058d93eb059a4a7405b4074b05bbae5a05c2a61d05c2b6a005c3a7b0060943a3',
    '0630c000064297630690879806aeed2c06cedcc60724c2dc074febcd07e3251808414460084e8fd3085936ae',
    '08e6e71f093a874c0991f75409bc918c0a79f8c80ac3c4480b66b4990ba43adf0bdb08060bf83bde0c10e269',
    '0c7ed91b0d075b270d33aa9c0d4210a00d4e447a0d793b480e25d8b40e42e52b0ea7dff20ec829620eca1742',
    '0f29ea460f2ea5460f3ecb9a0f754c9d0f7f226c0fbfcecf0ff17ba0103666d810632f4a1099334b10a1f2da',
    '10e66bd11119a34211264dbe11609ef811a030d811c8fb9211d74aa411d855d711dbd93911e039aa11e8e92d',
    '120f17441211bb10122bd8e5122c233d124fd677127f3b6b12850b2412aa95c91338baa513652d8313c3c0e9',
    '145637031482dbed149d3c6214e23ddc15063a55150a3ca1153ceade1544a7ad160570b31611c8a9161fc265',
    '1667044816737ce916b96ef316c65c5a16d5ab5217314b3c1822aff5187c0844188bbae118b48e8218b58357',
    '191ea16919374de3195da31d1962f14019d5f2c21a34a4fc1a422d661a50320d1a545e1a1a683ebc1aad8880',
    '1b0cc8f71b12a4651b1e36b51b30664c1b32dfdb1b6862a01bf7f6fb1c2c20cf1c4692fe1c57050f1c667589',
    '1c78ab991ce674d31ce87fb91d1775621dd315be1de098f91def99c01e04d56d1e0860d51e1359061e224c4a',
    '1e54d40b1e77d37e1e89c6d21e8c0dc31eb8033b1ebe06f61ecea11f1ee45b3e1ee73d551efcf2721f9a37e5',
    '1f9d83971fd62c571fd64eb01fe0157c1fe693951fed0a0a1ff1eb3820a669dc20afd20e210b950321276c58',
    '214fa73821554103218627d72187d85721a880a021b3e08f21ed45c92233293722b883b222b8f04e22d85c11',
    '22ea7d7922fdf740232e15692354134b235f5f9d23616b10237a5e14239e9fea23ca55de23e1fa992409ed2d',
    '245fe86d246f00e02471ae38247ee0ba2482301324f895c525cc10ee26132e252743ebbc275d636d27c31f8b',
    '27dd9b1d27e721e82806c33a2806ef3328122aa82889005728da520028e13eb128e265ec28fac7ef2900bcd8',
    '291175262912ff78291f09d029204bc0292c69d32962860829bc1eba2a61a9af2a6fa2812b08f1af2b3ce15b',
    '2b58777d2b7cc6ab2be00c682bf9b64e2c6744be2caa205b2cc2330f2cddb0552cf988a12d22bd222d7815b6',
    '2d8ee66c2d9fdfbe2dd0e7ba2dee87532e0e5efd2e0f1ba92e4c6a622e4dc6432e5858ba2ee88ca12f333cc8',
    '2f54256c2fdcf04c30217d483086ac0730c2a0f830d70942312dbfcc316825b23177dda03196ee1b3196ee5c',
    '3198438031b0f4d731e8837231f3741931fabb983201b440320e5ea5322e03de32326ab2327adbb83294d535',
    '32ac060a32dc268b33ddb98e33e068763448d0ff349d98c834a1bfc934c6147c34debc79353ccc4335ae74cc',
    '35d18647365cce64366be21e367b3f9136a58cf736d61e4436e3f076370493e63744cb8a379e728e37b46759',
    '37cc9f7f37d86a9c37e7955d380cae553811623b384d907f387d172838b051553912474439282ff6395e91c7',
    '3967d02a3971572839860790398f92dc3a26e73b3a40413f3a557b6a3ae22e433ae312df3b2f83283b387053',
    '3b4a64263bf751973c0ba5e93c1c69f13c620ea83c6d0ecc3c86168a3d00ceba3d71aeb93df931a33e3de09b',
    '3e48d21c3e9db2813ec58aa73ee915da3efe9f403f067d6f3f1a05743f21a8fe3f2dc6603f88e873402bb04e',
    '40598640405e9d89405f38634072765d4081073140954a3840ed75ee416a06b5418d487341ea1ec541ef9793',
    '42097b7a42312d5942c3d9ec42d7d563430367a343650a0c4382ba3343b8b3024405810f44134037441a68b0',
    '4439471144551d99445e2670446de90e4475dc0f449ea66e44ea9df3451ec81545a428e745ba219345d540a9',
    '45d8234c45e98ba245f8380e45f9beda466d559e46702ed44683ff2246b1654846d1806046ed4c6146fa3aba',
    '472036cf4747d22c478c452147920a9c47b5805347f4414f47f4e90b48162f42485c540948a83d7c490167ee',
    '492925434a62a9ac4a6c1b1f4ae0244c4ae882534b3fa5674b4b71854b7d44864b8829c74bcf83ac4bd4fca3',
    '4bf52bc74c0a6aa14c2934004c4bb1714c8e51bf4c968bc04cb135084cb1c9444cb3d7e64cc5bb354cde2f92',
    '4ceae80b4cfd95074d15bbbe4d4fc46a4d51b1844d53e8db4d7657474d796ec94d7d284f4da771f74de15ba4',
    '4dfa248c4e326ad64e5c251c4e6a5f204e6fefcc4e9f89d04eabdabd4eb12a114eb5273f4ef85e524ef9bc11',
    '4efd78b94f1a805e4f2a10ae4f2da4834f385fa94f52eb654f5fd8094f81b2054f8d928b4fa03ad04fba3fd3',
    '4fea75894ff1240e5087ccc250b2e6c0511db22f51313249513e6455517bfcfa5185043b51c542e9520f3e08',
    '52429e4a526f1be65282bfef52d582fd5312fd915317aa57531a6ee05358e00b53d960da54293088549ee610',
    '54a0026554ead475551709e35532f03655771c435580f96b55a643f255aa0c7a55fb0189560d54b45614155c',
    '5617a8b4565c678f5689c73d568b2ff656a776da56a9700456fa0a3857661473579e1d6757d901175839f1e2',
    '583ba335583fbda558513d09586d030458b8a88e5909fbae594a59ed5952f0525a1ed4145a2efc7a5a48ed74',
    '5aa50e0e5aa8e7505acbbd6a5b0eea6d5b440f715b45cead5bca12ca5c3a1c655c869e575c95eadf5ca3fbde',
    '5ca9f9df5d5098005d5d55405d5dfa185d76fe335d7995875d9f51e45db28e875dba12fc5dccbf695ddcff7a',
    '5e0e8c6e5e185bd85e5009c35e5b8def5e8bcc445ec9e3905ed9f8d95f9c078c5faa03205ff67d6e6027aa0f',
    '604833ff6091742f60b4ba9160bb0a8f616449ed618441c86192356961bcd1a761c519a261f50c6c61fb02de',
    '62005fff620417fb622eed4e6232d7e5623b806c626d2182626dccd1627caba462aba29262b4d17b62c43222',
    '631dde31632341d063284f80634719a86351acab635f7f2463b608f963b6e4b863f6c17d6403b9c864292f23',
    '6449e4e3646bdd4f648217a464d4370f657367c7657dd93665c3c33666116563662ede216672ee8b667678f7',
    '66da460066eb114d66f846b36711f35d6761cb02678348e46790946767bf7c2267d9634f67e243ca680d3f88',
    '6853abb76865a1156891911368b4b6ac68b98d7d68fcdcf7690429286963b65d6969c959696bb78769704bf4',
    '699f7da769b163b569d98e396a04dfb36a1a88b36a209a816a7156146a7b52d06a8011766ab2b3dc6ada1e6e',
    '6b09cb846b0ba66a6b2639db6b3dfffc6b421af76b4eccd46b6668666c1abc9a6c3127656c6b07d96c7717dc',
    '6c9be1ef6cb12d286d2288086d32f8cd6d574e546d6c237b6d7566226d8292686d854edc6dc211d56df3329b',
    '6df46ee26e0f524c6e244c766e8cbf546ebad2946ece5cd26f15c8c76f7d5cbe6f9146f66fbd23c6700421ca',
    '7039063770d789ff7103914671135f817161462e71a3ad2371d2639071fae9f771fd29b372184be872414d96',
    '7258d49e725e37c97290ffbc72f83832730f1f6a735823037380245573d22b0073ef180573f5d16074534fe6',
    '74dbbac474ea3d0674ed491674fc3ace7567a5a7756a5ba9758645b675a843a375b12c0675df41e075ef3039',
    '75ef3d9f76145569763be7997680584176e5acd3771de8a57735ba2f774260be77975ab377a6060b77cee1aa',
    '77e96dae77ee8aa778179582787eae37788c9335788e270678be7fb378c9ef85791aa1157980b99b7a103c1a',
    '7a22d0887a30204b7a44e7e37a6ba4aa7a6e23dd7aee7cf37b24eac77b406f897b6526827bf286717bf959be',
    '7c19a1ce7c572ea57c796f3b7ca90d387cacc6da7cc82f4f7ce1f1e47d1a32c07d4391357d4848077d591b25',
    '7d6e5eec7d6f4c337d792ac97d8cd94a7d8f220a7dc90b0d7e1939c97e2f08147ec7df947ee3aee37efb13e8',
    '7f6cfd7c7ff2fa378034629d803c9cd880acc2be80bba2bd80c2405680d7ec5e81154b048135321b81a17e3c',
    '81b8feab81d887b581e4d89a81e96af581f22af6821bc93c822b72af8260ed5382923151829449c9829786e7',
    '82c0a82682ceddc1830b16028380654683c1dce283ea9b3e83f12812843660a9843e6b8e8485bcfe84957b32',
    '84d7c68784dc8fa9853988fd857c766b85bf26338612b92386374763867941e0869f0d46876334c387714611',
    '87850bc88794711287bf6b9188040cfd8807140e886cc7c188965f1488c4bfba88d453fd88f4a8bc8904d061',
    '892b666b8959e6e6899f815189b1bd0789dfedf68a23d9668aa39ae98b1853a78b2b8ce48b45050f8ba3fc31',
    '8bccecda8c610a078d136e438d1c939f8d363a328daa0b1c8e06794b8e81ac9c8e86faa98e8e379a8ea09ff9',
    '8eb006598ec277958ec950118ef097c58ef100a18f03a2698f117a748f2d7d358f45a5148f48d1598f564d16',
    '8f687b638f84d0c08fec1b40901440c0903da54e906839c3907ecc4f9098f95390a52d3490aef5c390d97be2',
    '9111216d91288b889135bdc591525988919af099919c71949201e91a92599558925c208792a0093492b805ce',
    '92bfa73a92dbb3019340af339351704193532af293dc864f9435eaa194914dae94adcd2c94bc1b0f94c0e25b',
    '94df8aaa94f63db2950466de9508c71695410cf99582715a95922dc5959b4acb962f4e18965690e096b658b6',
    '96c24751973b15889754afde9757aeab9799252297a41cc697b2a83698112471988555d4988a5ed1989845b7',
    '98a2ce9198a8dd5698fd0f8d990a2aa4991dcb7d9923e22e992ea13f993680f8995717e3996fda9e9984728b',
    '9a3ad91a9a619a3c9a81f3c99aa9816b9ab564d09abc5ace9ac5fb669af1e4fd9af3f20d9afecbd99b0420c4',
    '9b33e3159b4132779b5acd849b6558269bf6cdad9c61664f9c8ae4219c9b26d39ccbb3bf9cd1f4489ce104c4',
    '9ce779249d2e16409d452f069d671c439da4ad289dd77e1b9dd9f4979ddeecd19e1a1d969e1a7df59e5e03aa',
    '9e6eaeb69e73f8df9ea749a69ee838c69f58d3ae9f797a8e9f9305ee9ff48c949ffefd03a01c85e5a03044fb',
    'a034341da057ff3ea05e1299a075a5caa0ae3607a0c7b10ca1042914a10a0d3ea11090eda111a2e9a1a671c7',
    'a1e01f39a1fbfdb7a2092ef3a22b4e6da2669fa0a29ffbe0a2faa083a3707c50a37c02c0a3cba964a3ef20cc',
    'a41250d0a43e9f1fa447cd4ea4589ef7a45c7297a49d3191a4c8b63ea4cf71b9a52c1054a555f035a59b8ec7',
    'a5d72e87a60356a8a626d6b4a63e8830a650a7bba65de3afa66f914ba68bb5cba695adc2a6c307b3a6d695f1',
    'a6fb27bda740c6fda75db295a7f888d4a8149cd2a86e846ea894c092a89eecd9a8fb5af0a912a072a9756920',
    'a9814f8aa99b647da9e1eaf6aa1a2681aa3916eeaa492fe8aa622f16aab31c7eaaf8b8b1ab19f535ab1f2a4a',
    'ab8d55a8abcbe792ac122a1bacbf90c0acd6c8ecace43830ad0e7333ad16e148ad1785f7ad38a75bad4542c8',
    'adb2d202adc01288add0364cae154651ae4e7a65ae5a5895ae632078aef0b93eaef61b61af3dd668af4108e1',
    'af48117eaf5e87cdaf652160af70b279afd524e7afd62ef7b0713f79b083e066b0940ce3b0972047b0f003ce',
    'b1d0c898b1dace0bb1f779f1b206a967b2854948b2983f2fb2c9771db2d19223b2dec404b2f13775b307e20b',
    'b3721821b3939b4ab477d761b487e310b4be8f14b4c3d4c3b4eff275b4f3ceefb5f95ab2b61bbc5db61ed016',
    'b62b422cb65d8a5fb67c47dfb6ad2f14b6d7dac7b6f35963b75546a3b78635b5b7a16d74b7af1fedb7b4ccae',
    'b7c4f567b7cc21f1b7d4bba2b7d54001b7da3422b7df3158b7f7e964b8006180b81a7503b836387eb86091c8',
    'b886a78eb8895053b8b251bfb8df6033b9237929b959a184b95d0fb1b97b189eb9bd7829b9f1cdccba3042f3',
    'ba5d600bba61f839ba9ca4bcbabd3f89bb35a60ebb5c1d89bb609c59bb88b168bbac388fbbad4c72bbdd3502',
    'bc18edccbc24c090bc2fbc9cbc5414d7bcc45812bcf273f4bd1b16b6bd2cb389bdbb9731bdcf57f8bddae7a7',
    'be1caa2abe395104be4bfbf0be5aaef2be626fe4be92a470bea2a05cbeaf69dcbecd2e49bef3796dbf2ea5c5',
    'bf60acfdbf9ac844c00a517dc0749283c081e01dc0b0648bc0f608f9c1212c0bc1404ecbc1506f42c19338bc',
    'c1d7095fc209df3fc218ad16c2681ae8c28ab637c2a1ef48c2aa8ce4c30c4957c314c51dc34e69a1c386dcb8',
    'c38769d3c3bb0349c3d4bcccc3f3d194c4003b9cc423b93ac454ccf7c49f35cdc4b7f3dcc4de99edc519294a',
    'c56360e1c5c855cbc5db0ff6c6114839c6cb7a02c7065d82c78260d3c784b6f0c78b3c4dc7b20c8ec7c940b5',
    'c8188060c8668e31c88a6189c8e8459fc8f21c24c8f6b051c8fdbe53c9306d37c94d0072c9c0cbe5ca0424e0',
    'ca4f4bccca987b68caa39ba9caab8f3dcaf385a0cb77c259cb854011cb897ab1cb8ad641cb8bebdfcbe59de9',
    'cc0d4978cc2ca188cc7022efccafde4dccf7f32acd259267cd3352d1cd7079bacd7e497ecd804c49cd9987e2',
    'cdad89f5cdefa6ebce104718ce3c29bfce42cb64ce5453c1ce5cb7cfcea836a3cebd19faceebed4ecf18bc91',
    'cf222ea2cf2e5311cf316e5ccf38616ccf3a318bcf64c8f3cf8bf22dcfa72255cfaa113ecfb3468dd02df1e9',
    'd030d04dd0541503d0e7397dd0f99105d15cd1dad1722bffd17d9240d1b0a64bd1e537c0d1f38f85d1f82de7',
    'd2709368d27bc13ad2878699d292f454d2ad5872d303f1c8d30f0bafd321c2f2d32626b6d33cdf21d365ed2c',
    'd39fbc05d466c60ad47e7663d4daa00ad4f51618d569664dd588e420d5bcc85dd60d5ab5d6287c4bd64c2258',
    'd69647cfd7186b0ad71b8b4cd7739214d79d5820d7e95be4d7ff02bbd824d1b2d83c81bfd8586becd860b270',
    'd8ad513bd8b19aecd913c059d94ed94cd986e440d9fefb20da003cb4da06448ada3e0401da4491e4da45c4e7',
    'da702075da99e689dab64c9cdaebd338db18fc36db581662db6af421dc01db12dc3ee4d4dc415a54dc684c20',
    'dc741bf8dc80fe1cdc90253ddcb86ef7dd0a4b21dd4fe16cdd502263dd7232ffdd830059dd890b8fddeffd05',
    'ddf17d96de095856de13a000de254726de63c004de9604bbdf47998edf6b114edf6cfa1adf973c1ddfe4f81e',
    'e042a40fe0b41859e0cf94b9e1167c79e11e5530e11f64a1e1463662e1858a2de1bb0a41e1e653fae25695f1',
    'e2e2af67e2e46ea6e309dc88e372bea0e3d4428de3eb00d2e3f28303e3f9d656e4079c9ce44faf60e462a82b',
    'e48061e5e484ddf1e4a0be5fe4d17d91e4daf9d3e507e0f8e53386aae5be1f06e5c4a12ae5e5b381e646f0ee',
    'e6846c26e6a94f39e6b92ff7e6c6d102e6ce1c41e6e3ae23e6ffc3e3e737660ce73b01bae7485cf9e74d1580',
    'e7aac66ee7c6d25be7ca1ed2e7e91752e7f0c53fe7f20c21e80ca722e811beb1e835d1f5e84b35d0e8d67d59',
    'e8edd4afe999de9ce9dc71f1e9e413dae9f81958ea28835fea2b9637ea41c007ea684707eae2baeeeb0a896e',
    'eb0f0ed9eb36214aeba1ce2beba7624febc6e618ec07ae01ec1251e6ec187d98ec2cc26eec3f6efdec8e2228',
    'ecd53cb5ecdcd184ecdeeea5ecf08d29ed04999ded06a247ed212963ed3db7a1ed62aa03edb6f730edc5b961',
    'edd588d3ede96627ee09365fee24dc42ee44ed7feebd65c5eec4b0e4eee44488ef512c82ef6629ffefe0863e',
    'f0295a00f0564368f06b898cf0718c91f0b9e3c5f0f8c89ef1230f4df14f825ff16e1811f18d0399f19065fd',
    'f1f2858af2107777f2115e46f25e4c49f26402eaf2881932f29c22eff2abd239f2ee0fa7f3126030f31eabb1',
    'f35b902ef37035b8f3a27bb8f3b4c58af3b9064ff3d1535af3dbcb80f3e334bbf3e468eef4475226f4a1a131',
    'f4feccdaf525684ef59fc477f5c3c407f5ec2002f61e12cdf67d52b0f6d27f5ff6eabac8f6eb24ecf6fd8178',
    'f71900a5f760ac38f76ea76cf77cca5ff7810c46f7b100f1f7e61ad5f81b2b3ef8227e1af88f4289f8be71a3',
    'f90aef5af93a6b7ef94d6342f9880588f9e2b443f9e71f25fa20cf29fa5308c2fa64675cfac4ed59fae190bc',
    'fb07a1ddfb106599fb460060fb47d69cfb553983fbc4fb65fbe0128efc08a20cfc2c9d59fc47f325fc51333e',
    'fc6198eafc6f4cd6fc89adeafc8f7f79fc9583bcfcb5bf71fcc81561fcd62b5dfd0e54b0fd77b861fd93ed1c',
    'fdde3893fe0b8fa2fe44b123fe5875a3fe5e33ddfe66ac4cfe74ddd2fee6645cfefe3996ff0c297eff2f1ab4',
    'ff4019ddff54c561ff89d723ffe425d7',
  ]
    .join('')
    .match(/.{8}/g) ?? [],
);

/** Every piece of prose an item shows a person. */
function proseOf(item: ContentItemInput): string[] {
  return [
    item.title,
    item.summary,
    ...item.body.flatMap((b) => (b.type === 'paragraph' ? [b.text] : b.items)),
    ...(item.cautions ?? []),
    ...(item.benefits ?? []),
    ...(item.pros ?? []),
    ...(item.cons ?? []),
    ...(item.guidelineNotes ?? []).map((n) => n.text),
    ...(item.evidence === undefined ? [] : [item.evidence.summary]),
    ...(item.dose === undefined ? [] : [item.dose.frequency]),
  ];
}

function allSources(item: ContentItemInput): Source[] {
  return [
    ...item.sources,
    ...(item.evidence?.sources ?? []),
    ...(item.guidelineNotes ?? []).flatMap((n) => n.sources),
  ];
}

/** Items whose prose shares an 8-word run with the given fingerprints: [id, run] pairs. */
function copiedRuns(items: readonly ContentItemInput[], seeds: ReadonlySet<string>) {
  return items.flatMap((item) =>
    proseOf(item)
      .flatMap(runs)
      .filter((run) => seeds.has(fingerprint(run)))
      .map((run) => [item.id, run] as const),
  );
}

describe('content items', () => {
  it('every item passes the schema, and withDefaults gives exactly what parse gives', () => {
    for (const raw of RAW_CONTENT) {
      const result = ContentItem.safeParse(raw);
      expect(result.error?.issues, raw.id).toBeUndefined();
      expect(withDefaults(raw), raw.id).toStrictEqual(result.data);
    }
  });

  it('ids are unique', () => {
    const ids = CONTENT.map((i) => i.id);
    const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(twice).toEqual([]);
  });

  it('every related id resolves to another item', () => {
    const broken = CONTENT.flatMap((item) =>
      item.related
        .filter((id) => contentById(id) === undefined || id === item.id)
        .map((id) => `${item.id} -> ${id}`),
    );
    expect(broken).toEqual([]);
  });

  it('every kind has items', () => {
    for (const kind of CONTENT_KINDS) {
      expect(
        CONTENT.filter((i) => i.kind === kind).length,
        `items of kind ${kind}`,
      ).toBeGreaterThan(0);
    }
  });

  it('every source names a known seed article or guideline, and has a label', () => {
    for (const item of CONTENT) {
      for (const source of allSources(item)) {
        if (source.type === 'article') {
          expect(ARTICLE_IDS, item.id).toContain(source.id);
          expect(ARTICLES[source.id], item.id).toBeDefined();
        } else {
          expect(GUIDELINE_IDS, item.id).toContain(source.id);
          expect(GUIDELINES[source.id], item.id).toBeDefined();
        }
        expect(sourceLabel(source).length).toBeGreaterThan(10);
      }
    }
  });

  it('every guideline note and evidence summary cites a guideline', () => {
    for (const item of CONTENT) {
      for (const note of item.guidelineNotes) {
        expect(
          note.sources.some((s) => s.type === 'guideline'),
          item.id,
        ).toBe(true);
      }
      if (item.evidence !== undefined) {
        expect(
          item.evidence.sources.some((s) => s.type === 'guideline'),
          item.id,
        ).toBe(true);
      }
    }
  });

  it('every treatment has benefits, cautions and evidence', () => {
    for (const item of CONTENT.filter((i) => i.kind === 'treatment')) {
      expect(item.benefits?.length, item.id).toBeGreaterThan(0);
      expect(item.cautions.length, item.id).toBeGreaterThan(0);
      expect(item.evidence, item.id).toBeDefined();
    }
  });

  it('medicine content never states a dose in milligrams or tablets per day', () => {
    const dose = /\b\d+\s*(?:mg|milligrams?|g|ml)\b|\b\d+\s*(?:tablets?|pills?|capsules?)\b/i;
    const offending = CONTENT.flatMap((item) => proseOf(item).filter((t) => dose.test(t)));
    expect(offending).toEqual([]);
  });

  it('warning signs speak of signs, not of a diagnosis the person has', () => {
    const diagnoses =
      /\byou (?:have|have got|are suffering from) (?:a |an )?(?:herniated|slipped|cauda|cancer|stenosis|sciatica|infection|fracture)/i;
    const offending = CONTENT.flatMap((item) =>
      proseOf(item)
        .filter((t) => diagnoses.test(t))
        .map((t) => `${item.id}: ${t}`),
    );
    expect(offending).toEqual([]);
  });
});

describe('our words, not the seeds’', () => {
  it('the copy check catches an 8-word run taken from a seed', () => {
    const copied: ContentItemInput = {
      id: 'copied',
      kind: 'faq',
      title: 'Copied',
      summary: 'Tip: breathe deeply and evenly while stretching to help relax your muscles.',
      body: [{ type: 'paragraph', text: 'Fine words of our own.' }],
      sources: [
        { type: 'article', id: 'does-stretching-help-back-spasms', section: 'Tips for Stretching' },
      ],
    };
    expect(copiedRuns([copied], SEED_FINGERPRINTS).length).toBeGreaterThan(0);
  });

  it('no item repeats eight words in a row from any seed sentence', () => {
    expect(copiedRuns(RAW_CONTENT, SEED_FINGERPRINTS)).toEqual([]);
  });

  it.skipIf(SEEDS_DIR === undefined)(
    'the stored fingerprints match the seed articles on disk, and no item copies them',
    () => {
      const texts = readSeeds();
      const fromDisk = new Set(texts.flatMap(seedRuns).map(fingerprint));
      expect([...fromDisk].sort()).toEqual([...SEED_FINGERPRINTS].sort());
      expect(
        readdirSync(SEEDS_DIR as string)
          .filter((f) => f.endsWith('.txt'))
          .sort(),
      ).toEqual([...SEED_FILES]);
      const exact = new Set(texts.flatMap(seedRuns));
      const copied = RAW_CONTENT.flatMap((item) =>
        proseOf(item)
          .flatMap(runs)
          .filter((run) => exact.has(run))
          .map((run) => `${item.id}: ${run}`),
      );
      expect(copied).toEqual([]);
    },
  );
});
