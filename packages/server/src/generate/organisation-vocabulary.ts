/** Names for generated organisations: the province's cities, their departments, districts and people. */

export const PROVINCE = { code: 'GEN-370000', name: '山东省（演示）' };

/** Shandong's sixteen prefecture-level cities; beyond sixteen, numbered demonstration cities. */
const CITIES = [
  ['370100', '济南'],
  ['370200', '青岛'],
  ['370300', '淄博'],
  ['370400', '枣庄'],
  ['370500', '东营'],
  ['370600', '烟台'],
  ['370700', '潍坊'],
  ['370800', '济宁'],
  ['370900', '泰安'],
  ['371000', '威海'],
  ['371100', '日照'],
  ['371300', '临沂'],
  ['371400', '德州'],
  ['371500', '聊城'],
  ['371600', '滨州'],
  ['371700', '菏泽'],
] as const;

export function cityOf(index: number): { code: string; name: string } {
  const known = CITIES[index];
  return known ? { code: `GEN-${known[0]}`, name: known[1] } : { code: `GEN-C${String(index + 1).padStart(3, '0')}`, name: `演示${index + 1}` };
}

/** [full name after the city's name, short name, aliases, how many items it usually leads]. */
export const CITY_DEPARTMENTS: readonly (readonly [string, string, readonly string[], number])[] = [
  ['市发展和改革委员会', '市发展改革委', ['市发改委'], 9],
  ['市工业和信息化局', '市工业和信息化局', ['市工信局'], 9],
  ['市科学技术局', '市科技局', [], 6],
  ['市生态环境局', '市生态环境局', ['市环境局'], 7],
  ['市自然资源和规划局', '市自然资源和规划局', ['市自然资源局'], 4],
  ['市住房和城乡建设局', '市住房城乡建设局', ['市住建局'], 5],
  ['市交通运输局', '市交通运输局', ['市交通局'], 4],
  ['市农业农村局', '市农业农村局', ['市农业局'], 4],
  ['市商务局', '市商务局', [], 4],
  ['市财政局', '市财政局', [], 2],
  ['市水务局', '市水务局', [], 3],
  ['市海洋发展局', '市海洋发展局', ['市海洋局'], 3],
  ['市文化和旅游局', '市文化和旅游局', ['市文旅局'], 3],
  ['市卫生健康委员会', '市卫生健康委', ['市卫健委'], 2],
  ['市教育局', '市教育局', [], 2],
  ['市人力资源和社会保障局', '市人力资源社会保障局', ['市人社局'], 2],
  ['市民政局', '市民政局', [], 1],
  ['市应急管理局', '市应急管理局', ['市应急局'], 2],
  ['市市场监督管理局', '市市场监管局', ['市市场监督管理局'], 2],
  ['市地方金融监督管理局', '市地方金融监管局', ['市金融局'], 2],
  ['市城市管理局', '市城市管理局', ['市城管局'], 2],
  ['市行政审批服务局', '市行政审批服务局', ['市审批局'], 2],
  ['市统计局', '市统计局', [], 1],
  ['市大数据中心', '市大数据中心', [], 2],
  ['市能源局', '市能源局', [], 4],
  ['市国有资产监督管理委员会', '市国资委', [], 2],
  ['市机关事务服务中心', '市机关事务服务中心', [], 1],
  ['市投资促进局', '市投资促进局', ['市投促局'], 2],
  ['市公安局', '市公安局', [], 1],
  ['市司法局', '市司法局', [], 1],
  ['市林业局', '市林业局', [], 1],
  ['市医疗保障局', '市医保局', [], 1],
  ['市委宣传部', '市委宣传部', [], 1],
  ['市委组织部', '市委组织部', [], 1],
  ['市供销合作社', '市供销社', [], 1],
];

/** Districts, county-level cities and development zones: each is a responsible unit too. */
export const DISTRICTS: readonly string[] = ['东港区', '西山区', '南湖区', '北关区', '新城区', '滨海县', '青山县', '高新区', '经济技术开发区', '综合保税区'];

export const SECTION_NAMES: readonly string[] = [
  '综合科',
  '规划科',
  '项目科',
  '产业发展科',
  '政策法规科',
  '统计信息科',
  '资源环境科',
  '技术推广科',
  '财务审计科',
  '督查科',
];

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛';
const GIVEN = '伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华建国志红玉春海波宁飞晓晨阳东峰辉鹏宇浩亮博文斌林雪琳欣瑞泽凯';

export function personName(pick: (chars: string) => string, syllables: 1 | 2): string {
  return pick(SURNAMES) + pick(GIVEN) + (syllables === 2 ? pick(GIVEN) : '');
}

export const LEADER_TITLES: readonly string[] = ['市长', '常务副市长', '副市长', '副市长', '副市长', '副市长', '副市长', '副市长'];
