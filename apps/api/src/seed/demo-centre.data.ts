import type { CooperationMode, Industry, OrganisationKind, ProjectStage, Role, SensitivityTier } from '@suanli/domain';

/** The demo centre, modelled on the Chengdu Intelligent Computing Centre of the source article. */

export interface DemoOrganisation {
  key: string;
  name: string;
  kind: OrganisationKind;
  industry: Industry;
  tier: SensitivityTier;
  /** When it joined the centre (入驻), in days before the seed runs: older than its first project. */
  joinedDaysAgo: number;
}

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  { key: 'centre', name: '成都智算中心', kind: 'CENTRE', industry: 'PUBLIC_SECTOR', tier: 'STANDARD', joinedDaysAgo: 1100 },
  { key: 'rongcheng', name: '蓉城智眼科技', kind: 'STARTUP', industry: 'MANUFACTURING', tier: 'STANDARD', joinedDaysAgo: 75 },
  { key: 'tianfu-med', name: '天府医影', kind: 'STARTUP', industry: 'HEALTHCARE', tier: 'HIGH', joinedDaysAgo: 45 },
  { key: 'qingyang-edu', name: '青羊教育科技', kind: 'STARTUP', industry: 'EDUCATION', tier: 'STANDARD', joinedDaysAgo: 16 },
  { key: 'jinjiang-energy', name: '锦江新能科技', kind: 'SME', industry: 'NEW_ENERGY', tier: 'STANDARD', joinedDaysAgo: 28 },
  { key: 'xinan-rs', name: '西南遥感数据', kind: 'SME', industry: 'REMOTE_SENSING', tier: 'ELEVATED', joinedDaysAgo: 21 },
  { key: 'huaxi-health', name: '华西智慧医疗', kind: 'SME', industry: 'HEALTHCARE', tier: 'HIGH', joinedDaysAgo: 83 },
  { key: 'shudao', name: '蜀道智行交通', kind: 'LARGE_ENTERPRISE', industry: 'TRANSPORT', tier: 'STANDARD', joinedDaysAgo: 134 },
  { key: 'chuanxin', name: '川信通信集团', kind: 'LARGE_ENTERPRISE', industry: 'TELECOMS', tier: 'ELEVATED', joinedDaysAgo: 152 },
  { key: 'uestc', name: '电子科技大学智能计算实验室', kind: 'UNIVERSITY', industry: 'EDUCATION', tier: 'STANDARD', joinedDaysAgo: 430 },
  { key: 'cd-ai-institute', name: '成都人工智能研究院', kind: 'RESEARCH_INSTITUTE', industry: 'AI_SERVICES', tier: 'STANDARD', joinedDaysAgo: 246 },
  { key: 'cd-data-bureau', name: '成都市数据局', kind: 'GOVERNMENT', industry: 'PUBLIC_SECTOR', tier: 'ELEVATED', joinedDaysAgo: 67 },
];

export interface DemoUser {
  email: string;
  displayName: string;
  role: Exclude<Role, 'INTEGRATION'>;
  org: string;
}

export const DEMO_STAFF: DemoUser[] = [
  { email: 'admin@suanli.dev', displayName: '王敏', role: 'ADMIN', org: 'centre' },
  { email: 'manager@suanli.dev', displayName: '李娜', role: 'MANAGER', org: 'centre' },
  { email: 'manager2@suanli.dev', displayName: '陈刚', role: 'MANAGER', org: 'centre' },
  { email: 'consultant@suanli.dev', displayName: '张伟', role: 'CONSULTANT', org: 'centre' },
];

/** Founders' names: a person's name only; the interface shows the role, translated, beside it. */
const FOUNDER_NAMES: Record<string, string> = {
  rongcheng: '周晓峰',
  'tianfu-med': '刘思雨',
  'qingyang-edu': '杨帆',
  'jinjiang-energy': '黄志强',
  'xinan-rs': '赵磊',
  'huaxi-health': '吴婷',
  shudao: '徐建国',
  chuanxin: '孙丽',
  uestc: '马骏',
  'cd-ai-institute': '胡静',
  'cd-data-bureau': '郭涛',
};

/** One founder per customer organisation: founder@<key>.example. */
export function demoFounders(): DemoUser[] {
  return DEMO_ORGANISATIONS.filter((o) => o.kind !== 'CENTRE').map((o) => ({
    email: `founder@${o.key === 'rongcheng' ? 'rongcheng-vision' : o.key}.example`,
    displayName: FOUNDER_NAMES[o.key] ?? o.name,
    role: 'FOUNDER' as const,
    org: o.key,
  }));
}

export interface DemoProject {
  org: string;
  name: string;
  summary: string;
  modes: CooperationMode[];
  /** The stages the project went through, in order, each with the manager's reason and days ago (none for the application). */
  path: { stage: ProjectStage; reason: string; daysAgo: number }[];
  checklist?: ('OPERATORS_PORTED' | 'ACCURACY_VERIFIED' | 'PERFORMANCE_VERIFIED')[];
}

const applied = (daysAgo: number) => ({ stage: 'APPLIED' as const, reason: '', daysAgo });

export const DEMO_PROJECTS: DemoProject[] = [
  { org: 'rongcheng', name: '工业质检大模型', summary: '面向 3C 制造产线的视觉缺陷检测大模型，计划从 A100 迁移到昇腾 910B。', modes: ['RENTAL'], path: [applied(2)] },
  { org: 'qingyang-edu', name: '作文批改助手', summary: 'K12 作文智能批改与反馈。', modes: ['RENTAL', 'JOINT_INCUBATION'], path: [applied(1)] },
  { org: 'tianfu-med', name: '肺结节 CT 辅助诊断', summary: '基于胸部 CT 的肺结节检出与良恶性评估；数据严格不出域。', modes: ['COMPUTE_FOR_EQUITY'],
    path: [applied(30), { stage: 'SCREENING', reason: '材料齐全，进入技术评审', daysAgo: 27 }, { stage: 'ADAPTATION', reason: '评审通过，启动昇腾适配', daysAgo: 20 }], checklist: ['OPERATORS_PORTED'] },
  { org: 'jinjiang-energy', name: '光伏功率预测', summary: '分布式光伏电站短期功率预测。', modes: ['RENTAL'],
    path: [applied(12), { stage: 'SCREENING', reason: '业务模式清晰', daysAgo: 10 }, { stage: 'ADAPTATION', reason: '模型规模适中，适配周期两周', daysAgo: 5 }], checklist: ['OPERATORS_PORTED', 'ACCURACY_VERIFIED'] },
  { org: 'xinan-rs', name: '遥感影像地物分类', summary: '高分遥感影像的地物分类与变化检测。', modes: ['JOINT_INCUBATION'],
    path: [applied(9), { stage: 'SCREENING', reason: '需补充数据合规说明', daysAgo: 7 }] },
  { org: 'shudao', name: '高速公路事件检测', summary: '视频流实时识别交通事故与拥堵。', modes: ['RENTAL'],
    path: [applied(90), { stage: 'SCREENING', reason: '重点客户，快速评审', daysAgo: 88 }, { stage: 'ADAPTATION', reason: '评审通过', daysAgo: 85 }, { stage: 'INCUBATING', reason: '适配完成，精度与性能达标', daysAgo: 70 }] },
  { org: 'chuanxin', name: '通信网络智能运维', summary: '基站告警根因分析与故障预测。', modes: ['RENTAL'],
    path: [applied(120), { stage: 'SCREENING', reason: '评审中', daysAgo: 118 }, { stage: 'ADAPTATION', reason: '启动适配', daysAgo: 110 }, { stage: 'INCUBATING', reason: '适配完成', daysAgo: 95 }] },
  { org: 'huaxi-health', name: '病理切片分析', summary: '数字病理切片的癌变区域分割。', modes: ['COMPUTE_FOR_EQUITY', 'JOINT_INCUBATION'],
    path: [applied(60), { stage: 'SCREENING', reason: '医疗数据安全评估通过', daysAgo: 55 }, { stage: 'ADAPTATION', reason: '启动适配', daysAgo: 50 }, { stage: 'INCUBATING', reason: '适配完成', daysAgo: 36 }] },
  { org: 'uestc', name: '多模态教学大模型', summary: '高校课程知识问答与实验指导。', modes: ['JOINT_INCUBATION'],
    path: [applied(400), { stage: 'SCREENING', reason: '校企合作项目', daysAgo: 395 }, { stage: 'ADAPTATION', reason: '启动适配', daysAgo: 390 }, { stage: 'INCUBATING', reason: '适配完成', daysAgo: 375 }, { stage: 'GRADUATED', reason: '已获 A 轮融资，独立采购算力', daysAgo: 30 }] },
  { org: 'cd-ai-institute', name: '城市大脑基础模型', summary: '面向城市治理的通用基础模型。', modes: ['RENTAL'],
    path: [applied(200), { stage: 'SCREENING', reason: '评审中', daysAgo: 198 }, { stage: 'ADAPTATION', reason: '启动适配', daysAgo: 190 }, { stage: 'INCUBATING', reason: '适配完成', daysAgo: 176 }, { stage: 'EXITED', reason: '项目方主动终止，转向自建机房', daysAgo: 40 }] },
  { org: 'cd-data-bureau', name: '政务热线智能分拨', summary: '12345 热线工单自动分类与分拨。', modes: ['RENTAL'],
    path: [applied(50), { stage: 'SCREENING', reason: '评审中', daysAgo: 48 }, { stage: 'REJECTED', reason: '数据需留存于政务云，不适合在本中心部署', daysAgo: 45 }] },
  { org: 'rongcheng', name: '仓储机器人视觉导航', summary: '仓储 AGV 的视觉 SLAM。', modes: ['RENTAL'],
    path: [applied(40), { stage: 'SCREENING', reason: '技术方案可行', daysAgo: 38 }, { stage: 'ADAPTATION', reason: '启动适配', daysAgo: 33 }, { stage: 'INCUBATING', reason: '适配完成', daysAgo: 19 }] },
];
