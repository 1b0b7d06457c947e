/** The home page and the list of jurisdictions. */
import { dict } from '../dict.ts';

export const homeUi = dict(
  {
    title: '政策图谱 Policy Atlas',
    description: '国务院和{p}个省级行政区及其下级政府的工作报告与规划：{n}份报告、{c}条条款，逐条可读、可搜、可引用。',
    heading: '政策图谱',
    lede: '把政府工作报告和规划变成可以逐条阅读、检索和引用的网页：每一段、每一项都有自己的编号和链接。目前收录 {n} 份报告，共 {c} 条：国务院，{p} 个省、自治区、直辖市，以及市、区。',
    council: '国务院',
    provinces: '省、自治区、直辖市',
    clausesN: '{n}条',
    reportTip: '{title}（{type}，{n}条）',
    levelSuffix: '级',
    places: '行政区',
    placesDescription: '全国、省、市、县区：各级的报告、目标和上下级对照。',
    placesLede: '全国、省、市、县区各级，各自的报告与目标，以及上下级之间的目标对照。',
    reportsN: '{n}份报告',
  },
  {
    title: 'Policy Atlas',
    description: 'Government work reports and plans of the State Council, {p} provincial-level governments and the governments below them: {n} reports, {c} clauses, each readable, searchable and citable.',
    heading: 'Policy Atlas',
    lede: 'Chinese government work reports and plans as pages you can read, search and cite clause by clause: every paragraph and item has its own reference and link. {n} reports with {c} clauses so far: the State Council, {p} provinces, autonomous regions and municipalities, and a city and its districts. Report texts are in Chinese; everything around them is in English.',
    council: 'State Council',
    provinces: 'Provinces, autonomous regions and municipalities',
    clausesN: '{n} clauses',
    reportTip: '{title} ({type}, {n} clauses)',
    levelSuffix: '',
    places: 'Places',
    placesDescription: 'The nation, provinces, cities and counties: each one’s reports and targets, and how targets cascade between levels.',
    placesLede: 'Every level of government — national, provincial, city, county — with its reports and targets, and how the targets of the levels compare.',
    reportsN: '{n} reports',
  },
);
