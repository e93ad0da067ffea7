/**
 * The hundred most common surnames (2020 national household-registration ranking; together about 85% of
 * the population); compound surnames (欧阳 …) are scored apart. A name candidate with one of them is more likely a name than one with a rare
 * surname character (钻石 is a gem, not Mr 钻).
 */
export const COMMON_SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩邓冯曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤康易乔赖文";
