/**
 * Key indicators of a generated plan: [name, unit, direction, value kind, area (0-based), baseline
 * (2022), yearly change (a growth ratio for levels, points for rates and shares)].
 */
export type IndicatorTemplate = readonly [string, string, 'higher_better' | 'lower_better', 'level' | 'rate' | 'share' | 'growth_rate', number, number, number];

export const INDICATORS: readonly IndicatorTemplate[] = [
  ['全社会研发经费投入强度', '%', 'higher_better', 'rate', 0, 2.3, 0.15],
  ['高新技术企业数量', '家', 'higher_better', 'level', 0, 800, 0.12],
  ['每万人口高价值发明专利拥有量', '件', 'higher_better', 'level', 0, 9, 0.18],
  ['国家级、省级创新平台数量', '家', 'higher_better', 'level', 0, 260, 0.1],
  ['技术合同成交额', '亿元', 'higher_better', 'level', 0, 120, 0.15],
  ['高新技术产业产值占规模以上工业产值比重', '%', 'higher_better', 'share', 1, 52, 1.5],
  ['制造业增加值占生产总值比重', '%', 'higher_better', 'share', 1, 31, 0.8],
  ['数字经济核心产业增加值占比', '%', 'higher_better', 'share', 1, 7.5, 0.6],
  ['专精特新中小企业数量', '家', 'higher_better', 'level', 1, 300, 0.2],
  ['规模以上工业增加值增速', '%', 'higher_better', 'growth_rate', 1, 6.5, 0.2],
  ['社会消费品零售总额', '亿元', 'higher_better', 'level', 2, 1500, 0.06],
  ['实际使用外资', '亿美元', 'higher_better', 'level', 2, 8, 0.08],
  ['货物进出口总额', '亿元', 'higher_better', 'level', 2, 1300, 0.07],
  ['单位地区生产总值能耗降低率', '%', 'higher_better', 'rate', 3, 3.2, 0.1],
  ['单位地区生产总值二氧化碳排放降低率', '%', 'higher_better', 'rate', 3, 3.6, 0.1],
  ['可再生能源发电装机容量', '万千瓦', 'higher_better', 'level', 3, 380, 0.14],
  ['空气质量优良天数比例', '%', 'higher_better', 'share', 3, 85, 0.8],
  ['PM2.5平均浓度', '微克/立方米', 'lower_better', 'level', 3, 30, -0.04],
  ['城市污水处理率', '%', 'higher_better', 'share', 4, 97, 0.5],
  ['城镇新建建筑中绿色建筑占比', '%', 'higher_better', 'share', 4, 90, 2],
  ['城市建成区绿地率', '%', 'higher_better', 'share', 4, 40, 0.4],
  ['高标准农田面积', '万亩', 'higher_better', 'level', 5, 200, 0.05],
  ['农村居民人均可支配收入', '元', 'higher_better', 'level', 5, 24000, 0.07],
  ['海洋牧场数量', '处', 'higher_better', 'level', 5, 20, 0.08],
  ['政务服务事项网上可办率', '%', 'higher_better', 'share', 6, 92, 1.5],
  ['市场主体数量', '万户', 'higher_better', 'level', 6, 60, 0.06],
  ['每千人口拥有3岁以下婴幼儿托位数', '个', 'higher_better', 'level', 8, 3.2, 0.12],
  ['城镇新增就业人数', '万人', 'higher_better', 'level', 8, 7, 0.02],
];

export const INDICATOR_VARIANTS: readonly string[] = ['', '（县域）'];
