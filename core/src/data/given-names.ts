/**
 * A given-name character model: characters common in Chinese given names (weight 2) and characters that
 * almost never are (weight −2: particles, verbs and nouns that follow a surname-like character in
 * everyday words). Any other CJK character is neutral (0). Curated from name-frequency studies; it
 * decides between a name and a word, together with context, so it errs towards recall.
 */
export const COMMON_GIVEN_CHARS =
  "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉斌宇浩凯健俊帆帅旭宁龙林欣" +
  "晨阳亮佳琳雪梅婷颖慧莉倩婉晶丹璐瑶怡悦雯嘉琪琦思睿博文轩宇航泽昊然子涵梓萱诗语彤欣怡雨桐可馨一诺" +
  "建国志红海波春梅小明东晓峰雷飞鑫淑珍凤兰秀珍桂芝玉兰美玲亚楠倩云莹新利清成宏荣海燕金凤振宇德华永" +
  "福祥庆生贵福世杰家豪子豪俊杰家乐嘉怡紫涵雅琪梦瑶欣妍若曦沐阳浩然宸锦程昱晟铭楷皓哲瀚钰琛毅鸿蕾" +
  "萌蓉蓓薇菲芸芹莎丹璇瑾瑜玥珊琼瑞祺祎韬曦煜炜焕烨熠昕晴晗昭玮琰彦颢翔翊羽翰卓越恒泓澜涵淼" +
  "宁静安康乐怡立志秋菊冬梅春燕夏雪桂香凤英淑英玉梅丽娟丽华建军建华建平卫东卫国爱国爱华胜利" +
  "桂兰玉珍秀芳玉芳秀梅桂荣玉英淑兰淑华淑芳素珍素芬素梅慧敏慧娟慧芳晓东晓明晓燕晓丽晓红晓伟" +
  "志强志刚志勇志华志明志军国强国华国庆国平国栋国辉光明光辉光荣金龙金华金山德明德胜德才" +
  "婕妤妍娇姝嫣媛婧娅姗婵嫦娴妮妙妲姿芊芮芷茜茹荔莲菡萱蓓蔚薰蕊岚崇嵩峻岩巍山川江河湖海涛" +
  "洪润泉源沛洁淳澄潇瀚灏炎烈焱珂珏琨瑛璟璞琬琴瑟瑗瑄璇胤轶逸远迪达运进遥邦郁锋钧铮锐镇" +
  "长青松柏桦楠杨柳桃樱杉槐桐枫森楷栋梁材柱根本朴权威武文斌双喜庆贺寿福禄财旺兴隆昌盛" +
  "秀丽春华少华少杰少伟天宇天佑天翔天明天华云飞云龙云鹏云霞云峰海峰海军海涛海龙海洋海鹰" +
  "智忠义礼信孝仁勇鹤鸣琴书诗画曲歌舞燕莺鹰凤凰虎豹翔远思学雄豪顺喜寿禄宝珠石森湖竹菊冬秋夏霜雷电亮星辰宙";

export const NEVER_GIVEN_CHARS =
  "的了是在不有这个们来到说要就也和与及或而但所被把给让从向对为以之其此那些么吗呢吧啊呀哦嗯" +
  "里外后间内等各每该某件份次回号块角钟点秒省市县镇乡村路街额款单价格费钱币账户卡证码表格式类型称" +
  "司集团企厂店铺部门组科处局院校所站电话机网址邮箱件包裹货物牌商品服务业绩效率量数值比例合计总统共" +
  "已未将能会应需请您你我他她它咱俺谁啥哪怎虽因故则即便都还又再很太最更非常极" +
  "问答叫喊讲谈看见听闻想知觉得认识做作办完关打拿送收发买卖租借付退换";

/** Conjunctions between two names (张伟和李娜): not surnames there, although 和 is one. */
export const NAME_CONJUNCTIONS = "和与及同跟、";

/** Characters that usually follow a name in running text; a 3rd given character from this set is not part of it. */
export const NAME_FOLLOWERS =
  "说是的在来去已要于和与及等也都就将把被给向对从到让请您你我他她问答称讲表打电发回" +
  "的了吗呢啊今昨才便，,。.：:；;、（(）)！!？?\"'“”‘’ \t\n";
