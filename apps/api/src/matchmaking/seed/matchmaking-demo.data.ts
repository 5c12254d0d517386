import type { CapacityPeriod, ConflictReason, IntroductionOutcome, NeedUrgency, ResourceKind } from '../matchmaking-rules.js';

/**
 * The demo's matchmaking book (资源嫁接), over the demo centre's organisations (keys of
 * seed/demo-centre.data.ts) and people: resources of every kind owned by the centre, the
 * university, the AI institute and the large enterprises, or by staff in person; open needs of the
 * startups' projects; and introductions in every state. Tags are chosen so the suggestions read
 * sensibly; some pairs conflict (tianfu-med and huaxi-health declare each other competitors).
 */
export interface DemoTags { industries: string[]; technologies: string[]; stages: string[]; regions: string[] }

const tags = (industries: string, technologies = '', stages = '', regions = 'chengdu'): DemoTags => {
  const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);
  return { industries: list(industries), technologies: list(technologies), stages: list(stages), regions: list(regions) };
};

export interface DemoResource {
  key: string;
  kind: ResourceKind;
  name: string;
  description: string;
  /** An organisation key, or a person's e-mail. */
  owner: { org: string } | { email: string };
  capacity: number;
  period: CapacityPeriod;
  tags: DemoTags;
  available?: boolean;
  /** Days from now the resource takes matches from / until. */
  fromDays?: number;
  untilDays?: number;
  conflicts?: { org: string; reason: ConflictReason }[];
}

export const DEMO_COMPETITORS: [string, string][] = [['tianfu-med', 'huaxi-health'], ['huaxi-health', 'tianfu-med']];

export const DEMO_RESOURCES: DemoResource[] = [
  // Mentors
  { key: 'm-policy', kind: 'MENTOR', name: '张伟 · 政策与补贴导师', description: '算力券、研发费用加计扣除与各级补贴申报辅导。', owner: { email: 'consultant@suanli.dev' }, capacity: 3, period: 'QUARTER', tags: tags('ai-services,public-sector,manufacturing', '', 'applied,screening', 'chengdu,sichuan') },
  { key: 'm-venture', kind: 'MENTOR', name: '陈刚 · 创业与融资导师', description: '商业模式、融资节奏与团队搭建。', owner: { email: 'manager2@suanli.dev' }, capacity: 3, period: 'QUARTER', tags: tags('manufacturing,new-energy,transport', '', 'screening,adaptation,incubating', 'chengdu') },
  { key: 'm-cv', kind: 'MENTOR', name: '电子科大 · 计算机视觉教授', description: '工业视觉检测与边缘部署。', owner: { org: 'uestc' }, capacity: 2, period: 'QUARTER', tags: tags('manufacturing,transport', 'computer-vision,edge-inference', 'adaptation,incubating') },
  { key: 'm-med', kind: 'MENTOR', name: '电子科大 · 医学影像 AI 教授', description: '医学影像算法、临床验证设计与注册申报。', owner: { org: 'uestc' }, capacity: 2, period: 'QUARTER', tags: tags('healthcare,medical-imaging', 'computer-vision', 'adaptation,incubating', 'chengdu,sichuan') },
  { key: 'm-nlp', kind: 'MENTOR', name: '电子科大 · 自然语言处理教授', description: '中文大模型微调与教育场景评测。', owner: { org: 'uestc' }, capacity: 2, period: 'QUARTER', tags: tags('education', 'nlp,llm', 'applied,screening,adaptation') },
  { key: 'm-llm', kind: 'MENTOR', name: '成都人工智能研究院 · 大模型导师', description: '大模型训练、推理优化与行业落地。', owner: { org: 'cd-ai-institute' }, capacity: 3, period: 'QUARTER', tags: tags('ai-services,education,public-sector,telecoms', 'llm,nlp', 'adaptation,incubating') },
  { key: 'm-rs', kind: 'MENTOR', name: '成都人工智能研究院 · 遥感算法导师', description: '遥感影像分类、变化检测与数据合规。', owner: { org: 'cd-ai-institute' }, capacity: 2, period: 'QUARTER', tags: tags('remote-sensing,new-energy', 'satellite-imagery,computer-vision', 'screening,adaptation', 'west-china,sichuan') },
  { key: 'm-ops', kind: 'MENTOR', name: '川信通信 · 产业导师（通信运维）', description: '通信网络运维场景与运营商采购流程。', owner: { org: 'chuanxin' }, capacity: 1, period: 'MONTH', available: false, tags: tags('telecoms', 'time-series', 'incubating', 'sichuan') },
  // Partners
  { key: 'p-lab', kind: 'PARTNER', name: '成都人工智能研究院 · 联合实验室', description: '联合申报课题、共建模型与联合发布。', owner: { org: 'cd-ai-institute' }, capacity: 2, period: 'QUARTER', conflicts: [{ org: 'xinan-rs', reason: 'DECLARED' }], tags: tags('ai-services,remote-sensing', 'llm,computer-vision', 'incubating') },
  { key: 'p-edge', kind: 'PARTNER', name: '川信通信 · 5G 边缘计算合作', description: '5G 专网与边缘节点部署合作。', owner: { org: 'chuanxin' }, capacity: 3, period: 'QUARTER', tags: tags('manufacturing,transport', 'edge-inference', 'incubating', 'sichuan') },
  { key: 'p-its', kind: 'PARTNER', name: '蜀道智行 · 智慧交通生态伙伴', description: '路侧感知与交通大数据联合方案。', owner: { org: 'shudao' }, capacity: 2, period: 'QUARTER', tags: tags('transport', 'computer-vision,edge-inference', 'incubating', 'sichuan') },
  { key: 'p-med', kind: 'PARTNER', name: '华西智慧医疗 · 医疗渠道伙伴', description: '医院渠道与临床合作网络。', owner: { org: 'huaxi-health' }, capacity: 2, period: 'QUARTER', tags: tags('healthcare', 'medical-imaging', 'incubating', 'sichuan,west-china') },
  { key: 'p-ascend', kind: 'PARTNER', name: '成都智算中心 · 昇腾生态合作伙伴计划', description: '昇腾生态认证、联合方案与市场推广。', owner: { org: 'centre' }, capacity: 5, period: 'QUARTER', tags: tags('manufacturing,healthcare,new-energy,education', 'ascend,mindspore,cann', 'adaptation,incubating', 'chengdu,national') },
  { key: 'p-uestc', kind: 'PARTNER', name: '电子科大 · 产学研合作', description: '联合培养、横向课题与成果转化。', owner: { org: 'uestc' }, capacity: 3, period: 'QUARTER', tags: tags('education,manufacturing,telecoms', 'llm,computer-vision,time-series', 'screening,adaptation,incubating') },
  // Customers
  { key: 'c-inspect', kind: 'CUSTOMER', name: '川信通信 · 基站巡检采购', description: '基站设备视觉巡检，计划采购试点。', owner: { org: 'chuanxin' }, capacity: 2, period: 'QUARTER', tags: tags('telecoms,manufacturing', 'computer-vision,edge-inference', 'incubating', 'sichuan') },
  { key: 'c-highway', kind: 'CUSTOMER', name: '蜀道智行 · 高速视频分析试点', description: '高速公路视频事件检测试点路段。', owner: { org: 'shudao' }, capacity: 1, period: 'QUARTER', tags: tags('transport,manufacturing', 'computer-vision,edge-inference', 'incubating', 'sichuan') },
  { key: 'c-pathology', kind: 'CUSTOMER', name: '华西智慧医疗 · 病理科试点', description: '病理科辅助诊断软件试点。', owner: { org: 'huaxi-health' }, capacity: 1, period: 'QUARTER', tags: tags('healthcare', 'medical-imaging,computer-vision', 'incubating') },
  { key: 'c-gov', kind: 'CUSTOMER', name: '成都市数据局 · 政务 AI 采购', description: '政务热线、公文写作与教育公共服务的 AI 采购。', owner: { org: 'cd-data-bureau' }, capacity: 2, period: 'QUARTER', tags: tags('public-sector,education', 'nlp,llm', 'incubating,adaptation') },
  { key: 'c-callcentre', kind: 'CUSTOMER', name: '川信通信 · 客服大模型采购', description: '客服中心大模型与语音识别采购。', owner: { org: 'chuanxin' }, capacity: 1, period: 'MONTH', tags: tags('telecoms,education,ai-services', 'nlp,llm,speech-recognition', 'incubating', 'sichuan') },
  { key: 'c-energy', kind: 'CUSTOMER', name: '蜀道智行 · 服务区光伏能源管理', description: '高速服务区光伏发电预测与能源管理。', owner: { org: 'shudao' }, capacity: 1, period: 'QUARTER', tags: tags('new-energy,transport', 'time-series', 'adaptation,incubating', 'sichuan') },
  { key: 'c-campus', kind: 'CUSTOMER', name: '电子科大 · 智慧教学平台采购', description: '作业批改与课程问答的教学平台采购。', owner: { org: 'uestc' }, capacity: 2, period: 'QUARTER', tags: tags('education', 'nlp,llm', 'applied,screening,incubating') },
  // Investors
  { key: 'i-chuanxin', kind: 'INVESTOR', name: '川信创投', description: '通信集团旗下产业资本，关注工业互联网、新能源与医疗信息化。', owner: { org: 'chuanxin' }, capacity: 4, period: 'QUARTER', conflicts: [{ org: 'huaxi-health', reason: 'PORTFOLIO' }], tags: tags('telecoms,manufacturing,new-energy,healthcare', 'edge-inference', 'incubating', 'sichuan') },
  { key: 'i-tianfu', kind: 'INVESTOR', name: '天府科创引导基金（成都智算中心）', description: '中心发起的引导基金，跟投算力换股权项目。', owner: { org: 'centre' }, capacity: 6, period: 'QUARTER', tags: tags('manufacturing,healthcare,new-energy,education,remote-sensing,transport', 'ascend', 'adaptation,incubating', 'chengdu,sichuan') },
  { key: 'i-shudao', kind: 'INVESTOR', name: '蜀道产业投资', description: '交通与能源产业链投资。', owner: { org: 'shudao' }, capacity: 2, period: 'QUARTER', tags: tags('transport,new-energy,manufacturing', 'edge-inference,time-series', 'incubating', 'sichuan') },
  { key: 'i-alumni', kind: 'INVESTOR', name: '电子科大校友天使基金', description: '早期天使投资，偏好技术团队。', owner: { org: 'uestc' }, capacity: 3, period: 'QUARTER', tags: tags('education,ai-services,manufacturing', 'llm,computer-vision', 'applied,screening,adaptation') },
  { key: 'i-institute', kind: 'INVESTOR', name: '成都人工智能研究院 · 成果转化基金', description: '研究院成果转化与孵化投资。', owner: { org: 'cd-ai-institute' }, capacity: 2, period: 'QUARTER', tags: tags('ai-services,remote-sensing,healthcare', 'llm,satellite-imagery', 'adaptation,incubating') },
  { key: 'i-huaxi', kind: 'INVESTOR', name: '华西医疗产业基金', description: '医疗器械与医疗 AI 投资。', owner: { org: 'huaxi-health' }, capacity: 2, period: 'QUARTER', tags: tags('healthcare,medical-imaging', 'computer-vision', 'incubating', 'sichuan') },
  // Data sets
  { key: 'd-gov', kind: 'DATASET', name: '成都市数据局 · 政务开放数据集', description: '脱敏的 12345 热线工单、交通与教育公共数据。', owner: { org: 'cd-data-bureau' }, capacity: 5, period: 'MONTH', tags: tags('public-sector,transport,education', 'nlp') },
  { key: 'd-rs', kind: 'DATASET', name: '西部遥感影像库', description: '西部地区高分卫星影像与地物标注。', owner: { org: 'cd-ai-institute' }, capacity: 3, period: 'QUARTER', tags: tags('remote-sensing,new-energy', 'satellite-imagery,data-labelling', 'screening,adaptation', 'west-china') },
  { key: 'd-pathology', kind: 'DATASET', name: '华西病理切片数据集', description: '经伦理审批的数字病理切片与标注（数据不出域）。', owner: { org: 'huaxi-health' }, capacity: 2, period: 'QUARTER', tags: tags('healthcare,medical-imaging', 'computer-vision', 'adaptation,incubating', 'sichuan') },
  { key: 'd-corpus', kind: 'DATASET', name: '电子科大 · 中文教育语料库', description: '作文、课程问答与教材语料。', owner: { org: 'uestc' }, capacity: 4, period: 'QUARTER', tags: tags('education', 'nlp,llm', 'applied,screening,adaptation', 'national') },
  { key: 'd-chest-ct', kind: 'DATASET', name: '电子科大 · 多中心胸部 CT 数据集', description: '四家医院脱敏胸部 CT 与结节标注，供外部验证（数据不出域）。', owner: { org: 'uestc' }, capacity: 2, period: 'QUARTER', tags: tags('healthcare,medical-imaging', 'computer-vision,data-labelling', 'adaptation', 'sichuan,chengdu') },
  { key: 'd-defects', kind: 'DATASET', name: '成都智算中心 · 工业缺陷图像库', description: '3C 制造与金属表面缺陷图像及标注。', owner: { org: 'centre' }, capacity: 4, period: 'QUARTER', tags: tags('manufacturing', 'computer-vision,data-labelling', 'applied,adaptation') },
  // Adaptation engineers
  { key: 'e-operators', kind: 'ADAPTATION_ENGINEER', name: '王工 · 昇腾算子开发', description: '自定义算子移植与 CANN 性能调优。', owner: { org: 'centre' }, capacity: 2, period: 'CONCURRENT', tags: tags('manufacturing,transport', 'ascend,cann,operator-development,computer-vision', 'adaptation') },
  { key: 'e-llm', kind: 'ADAPTATION_ENGINEER', name: '李工 · 大模型迁移', description: '大模型从 CUDA 迁移到昇腾与 MindSpore。', owner: { org: 'centre' }, capacity: 2, period: 'CONCURRENT', tags: tags('ai-services,education,telecoms', 'ascend,mindspore,llm', 'adaptation') },
  { key: 'e-med', kind: 'ADAPTATION_ENGINEER', name: '赵工 · 医学影像模型迁移', description: '医学影像分割与检测模型的昇腾适配。', owner: { org: 'centre' }, capacity: 1, period: 'CONCURRENT', tags: tags('healthcare,medical-imaging', 'ascend,cann,computer-vision', 'adaptation') },
  { key: 'e-energy', kind: 'ADAPTATION_ENGINEER', name: '张伟 · 时序模型适配顾问', description: '时间序列预测模型的昇腾适配。', owner: { email: 'consultant@suanli.dev' }, capacity: 1, period: 'CONCURRENT', tags: tags('new-energy,manufacturing', 'time-series,ascend', 'adaptation') },
  { key: 'e-compress', kind: 'ADAPTATION_ENGINEER', name: '成都人工智能研究院 · 模型压缩工程师', description: '量化、剪枝与边缘部署。', owner: { org: 'cd-ai-institute' }, capacity: 2, period: 'CONCURRENT', tags: tags('ai-services,transport,manufacturing', 'model-compression,edge-inference,ascend', 'adaptation,incubating') },
  { key: 'e-students', kind: 'ADAPTATION_ENGINEER', name: '电子科大 · 研究生适配小组', description: '本学期可承接的 MindSpore 适配（学期末结束）。', owner: { org: 'uestc' }, capacity: 3, period: 'CONCURRENT', untilDays: 60, tags: tags('education,remote-sensing', 'mindspore,pytorch', 'screening,adaptation') },
  { key: 'e-edge', kind: 'ADAPTATION_ENGINEER', name: '川信通信 · 边缘推理工程师', description: '边缘侧推理部署（下月起可承接）。', owner: { org: 'chuanxin' }, capacity: 1, period: 'CONCURRENT', fromDays: 20, tags: tags('telecoms,manufacturing', 'edge-inference,cann', 'adaptation', 'sichuan') },
];

export interface DemoNeed {
  key: string;
  org: string;
  /** The project's name in DEMO_PROJECTS. */
  project: string;
  kind: ResourceKind;
  urgency: NeedUrgency;
  description: string;
  tags: DemoTags;
  daysAgo: number;
}

const rc = '工业质检大模型', rw = '仓储机器人视觉导航', tm = '肺结节 CT 辅助诊断', qe = '作文批改助手', je = '光伏功率预测', xr = '遥感影像地物分类', hh = '病理切片分析', sd = '高速公路事件检测', cx = '通信网络智能运维';

export const DEMO_NEEDS: DemoNeed[] = [
  { key: 'rc-engineer', org: 'rongcheng', project: rc, kind: 'ADAPTATION_ENGINEER', urgency: 'HIGH', description: '缺陷检测模型的自定义算子需要移植到昇腾 910B。', tags: tags('manufacturing', 'ascend,operator-development,computer-vision', 'adaptation'), daysAgo: 2 },
  { key: 'rc-data', org: 'rongcheng', project: rc, kind: 'DATASET', urgency: 'NORMAL', description: '需要更多金属表面缺陷的标注图像。', tags: tags('manufacturing', 'computer-vision,data-labelling', 'applied'), daysAgo: 2 },
  { key: 'rc-mentor', org: 'rongcheng', project: rc, kind: 'MENTOR', urgency: 'NORMAL', description: '希望有导师指导算力券与补贴申报。', tags: tags('manufacturing', '', 'applied'), daysAgo: 20 },
  { key: 'rw-customer', org: 'rongcheng', project: rw, kind: 'CUSTOMER', urgency: 'HIGH', description: '视觉导航方案寻找首个规模化落地客户。', tags: tags('manufacturing,transport', 'computer-vision,edge-inference', 'incubating', 'sichuan'), daysAgo: 10 },
  { key: 'rw-investor', org: 'rongcheng', project: rw, kind: 'INVESTOR', urgency: 'NORMAL', description: 'Pre-A 轮融资，寻找产业投资人。', tags: tags('manufacturing', 'edge-inference,computer-vision', 'incubating', 'sichuan'), daysAgo: 12 },
  { key: 'rw-partner', org: 'rongcheng', project: rw, kind: 'PARTNER', urgency: 'LOW', description: '需要 5G 专网与边缘部署合作伙伴。', tags: tags('manufacturing', 'edge-inference', 'incubating', 'sichuan'), daysAgo: 14 },
  { key: 'tm-engineer', org: 'tianfu-med', project: tm, kind: 'ADAPTATION_ENGINEER', urgency: 'CRITICAL', description: '分割模型在昇腾上精度下降，需要医学影像适配工程师。', tags: tags('healthcare,medical-imaging', 'ascend,cann,computer-vision', 'adaptation'), daysAgo: 5 },
  { key: 'tm-data', org: 'tianfu-med', project: tm, kind: 'DATASET', urgency: 'HIGH', description: '需要多中心胸部 CT 数据做外部验证。', tags: tags('healthcare,medical-imaging', 'computer-vision', 'adaptation', 'sichuan'), daysAgo: 6 },
  { key: 'tm-customer', org: 'tianfu-med', project: tm, kind: 'CUSTOMER', urgency: 'NORMAL', description: '寻找三甲医院影像科试点。', tags: tags('healthcare', 'medical-imaging', 'adaptation'), daysAgo: 7 },
  { key: 'tm-investor', org: 'tianfu-med', project: tm, kind: 'INVESTOR', urgency: 'NORMAL', description: 'A 轮融资，关注医疗 AI 的投资人。', tags: tags('healthcare,medical-imaging', 'computer-vision', 'adaptation', 'sichuan'), daysAgo: 8 },
  { key: 'qe-mentor', org: 'qingyang-edu', project: qe, kind: 'MENTOR', urgency: 'HIGH', description: '需要中文大模型微调与评测方面的导师。', tags: tags('education', 'nlp,llm', 'applied'), daysAgo: 4 },
  { key: 'qe-data', org: 'qingyang-edu', project: qe, kind: 'DATASET', urgency: 'NORMAL', description: '需要带评分的中小学作文语料。', tags: tags('education', 'nlp', 'applied'), daysAgo: 1 },
  { key: 'qe-customer', org: 'qingyang-edu', project: qe, kind: 'CUSTOMER', urgency: 'NORMAL', description: '寻找愿意试用批改助手的学校或平台。', tags: tags('education', 'llm,nlp', 'applied'), daysAgo: 1 },
  { key: 'qe-investor', org: 'qingyang-edu', project: qe, kind: 'INVESTOR', urgency: 'LOW', description: '天使轮融资。', tags: tags('education', 'llm', 'applied'), daysAgo: 1 },
  { key: 'je-engineer', org: 'jinjiang-energy', project: je, kind: 'ADAPTATION_ENGINEER', urgency: 'HIGH', description: '时序预测模型迁移到昇腾，需两周内完成。', tags: tags('new-energy', 'time-series,ascend', 'adaptation'), daysAgo: 4 },
  { key: 'je-customer', org: 'jinjiang-energy', project: je, kind: 'CUSTOMER', urgency: 'NORMAL', description: '寻找分布式光伏电站业主试用功率预测。', tags: tags('new-energy', 'time-series', 'adaptation', 'sichuan'), daysAgo: 3 },
  { key: 'je-mentor', org: 'jinjiang-energy', project: je, kind: 'MENTOR', urgency: 'LOW', description: '希望有导师指导商业模式与融资。', tags: tags('new-energy', '', 'adaptation'), daysAgo: 3 },
  { key: 'xr-data', org: 'xinan-rs', project: xr, kind: 'DATASET', urgency: 'HIGH', description: '需要西部地区高分影像补充训练集。', tags: tags('remote-sensing', 'satellite-imagery', 'screening', 'west-china'), daysAgo: 6 },
  { key: 'xr-mentor', org: 'xinan-rs', project: xr, kind: 'MENTOR', urgency: 'NORMAL', description: '需要遥感算法与数据合规方面的导师。', tags: tags('remote-sensing', 'satellite-imagery', 'screening', 'west-china'), daysAgo: 7 },
  { key: 'xr-partner', org: 'xinan-rs', project: xr, kind: 'PARTNER', urgency: 'NORMAL', description: '寻找共建遥感大模型的合作伙伴。', tags: tags('remote-sensing', 'llm,computer-vision', 'screening'), daysAgo: 7 },
  { key: 'hh-engineer', org: 'huaxi-health', project: hh, kind: 'ADAPTATION_ENGINEER', urgency: 'NORMAL', description: '新一版分割模型需要昇腾适配。', tags: tags('healthcare,medical-imaging', 'ascend,computer-vision', 'incubating'), daysAgo: 9 },
  { key: 'hh-partner', org: 'huaxi-health', project: hh, kind: 'PARTNER', urgency: 'NORMAL', description: '寻找医疗设备厂商做软硬一体合作。', tags: tags('healthcare', 'medical-imaging', 'incubating'), daysAgo: 9 },
  { key: 'sd-engineer', org: 'shudao', project: sd, kind: 'ADAPTATION_ENGINEER', urgency: 'NORMAL', description: '检测模型需要压缩后部署到路侧边缘设备。', tags: tags('transport', 'model-compression,edge-inference', 'incubating', 'sichuan'), daysAgo: 11 },
  { key: 'sd-data', org: 'shudao', project: sd, kind: 'DATASET', urgency: 'LOW', description: '需要雨雾天气的交通事件样本。', tags: tags('transport', 'computer-vision', 'incubating'), daysAgo: 11 },
  { key: 'cx-mentor', org: 'chuanxin', project: cx, kind: 'MENTOR', urgency: 'NORMAL', description: '需要大模型用于告警根因分析的导师。', tags: tags('telecoms', 'llm,time-series', 'incubating'), daysAgo: 13 },
  // Needs whose introductions went further (matched, then some closed).
  { key: 'tm-mentor', org: 'tianfu-med', project: tm, kind: 'MENTOR', urgency: 'HIGH', description: '需要临床验证设计方面的导师。', tags: tags('healthcare,medical-imaging', 'computer-vision', 'adaptation'), daysAgo: 25 },
  { key: 'cx-partner', org: 'chuanxin', project: cx, kind: 'PARTNER', urgency: 'NORMAL', description: '寻找高校合作伙伴共建运维大模型。', tags: tags('telecoms', 'time-series,llm', 'incubating'), daysAgo: 50 },
  { key: 'sd-investor', org: 'shudao', project: sd, kind: 'INVESTOR', urgency: 'NORMAL', description: '事件检测业务分拆融资。', tags: tags('transport', 'computer-vision', 'incubating'), daysAgo: 60 },
  { key: 'hh-customer', org: 'huaxi-health', project: hh, kind: 'CUSTOMER', urgency: 'NORMAL', description: '寻找政务健康服务的采购方。', tags: tags('healthcare,public-sector', 'nlp', 'incubating'), daysAgo: 140 },
  { key: 'je-partner', org: 'jinjiang-energy', project: je, kind: 'PARTNER', urgency: 'NORMAL', description: '希望加入昇腾生态获得联合方案支持。', tags: tags('new-energy', 'ascend,mindspore', 'adaptation'), daysAgo: 100 },
  { key: 'hh-investor', org: 'huaxi-health', project: hh, kind: 'INVESTOR', urgency: 'NORMAL', description: 'B 轮融资。', tags: tags('healthcare', 'edge-inference', 'incubating', 'sichuan'), daysAgo: 160 },
  { key: 'qe-callcentre', org: 'qingyang-edu', project: qe, kind: 'CUSTOMER', urgency: 'LOW', description: '探索把批改模型用于客服质检。', tags: tags('education,ai-services', 'nlp,llm', 'applied'), daysAgo: 80 },
];

/** How far each introduction went; days ago of each step (proposal first). */
export interface DemoIntroduction {
  need: string;
  resource: string;
  proposedDaysAgo: number;
  startup?: { answer: 'ACCEPT' | 'DECLINE'; daysAgo: number };
  resourceSide?: { answer: 'ACCEPT' | 'DECLINE'; daysAgo: number };
  metDaysAgo?: number;
  outcome?: { outcome: IntroductionOutcome; notes: string; daysAgo: number };
  closeNeed?: boolean;
}

export const DEMO_INTRODUCTIONS: DemoIntroduction[] = [
  // Waiting: nobody answered; the startup accepted (the engineer is reminded); the resource accepted.
  { need: 'qe-mentor', resource: 'm-nlp', proposedDaysAgo: 1 },
  { need: 'je-engineer', resource: 'e-energy', proposedDaysAgo: 4, startup: { answer: 'ACCEPT', daysAgo: 3 } },
  { need: 'xr-mentor', resource: 'm-rs', proposedDaysAgo: 5, resourceSide: { answer: 'ACCEPT', daysAgo: 4 } },
  // Declined by the resource: the need stays open.
  { need: 'rc-mentor', resource: 'm-venture', proposedDaysAgo: 18, startup: { answer: 'ACCEPT', daysAgo: 17 }, resourceSide: { answer: 'DECLINE', daysAgo: 16 } },
  // Accepted, met, concluded with each outcome.
  { need: 'tm-mentor', resource: 'm-med', proposedDaysAgo: 20, startup: { answer: 'ACCEPT', daysAgo: 19 }, resourceSide: { answer: 'ACCEPT', daysAgo: 18 } },
  { need: 'cx-partner', resource: 'p-uestc', proposedDaysAgo: 45, startup: { answer: 'ACCEPT', daysAgo: 44 }, resourceSide: { answer: 'ACCEPT', daysAgo: 42 }, metDaysAgo: 30 },
  { need: 'sd-investor', resource: 'i-tianfu', proposedDaysAgo: 55, startup: { answer: 'ACCEPT', daysAgo: 54 }, resourceSide: { answer: 'ACCEPT', daysAgo: 53 }, metDaysAgo: 40 },
  { need: 'hh-customer', resource: 'c-gov', proposedDaysAgo: 130, startup: { answer: 'ACCEPT', daysAgo: 129 }, resourceSide: { answer: 'ACCEPT', daysAgo: 126 }, metDaysAgo: 115, outcome: { outcome: 'DEAL', notes: '签订健康热线智能分拨采购合同。', daysAgo: 90 } },
  { need: 'je-partner', resource: 'p-ascend', proposedDaysAgo: 95, startup: { answer: 'ACCEPT', daysAgo: 94 }, resourceSide: { answer: 'ACCEPT', daysAgo: 94 }, metDaysAgo: 85, outcome: { outcome: 'PILOT', notes: '昇腾联合方案试点三个月。', daysAgo: 70 } },
  { need: 'hh-investor', resource: 'i-chuanxin', proposedDaysAgo: 150, startup: { answer: 'ACCEPT', daysAgo: 149 }, resourceSide: { answer: 'ACCEPT', daysAgo: 147 }, metDaysAgo: 140, outcome: { outcome: 'INVESTMENT', notes: '川信创投领投 B 轮。', daysAgo: 110 } },
  { need: 'qe-callcentre', resource: 'c-callcentre', proposedDaysAgo: 75, startup: { answer: 'ACCEPT', daysAgo: 74 }, resourceSide: { answer: 'ACCEPT', daysAgo: 72 }, metDaysAgo: 65, outcome: { outcome: 'NO_DEAL', notes: '客服场景与产品方向不符，暂不合作。', daysAgo: 60 }, closeNeed: true },
];
