import type { Locale } from '../model/types.js';

/** One spelling for comparing tags: `REMOTE_SENSING`, `Remote-Sensing` and `remote-sensing` are the same tag. */
export function normaliseTag(tag: string): string {
  let slug = normalised.get(tag);
  if (slug === undefined) {
    slug = tag.trim().toLowerCase().replace(/[_\s]+/g, '-');
    // Tags are a small vocabulary; the bound only keeps a long-running process from growing on odd input.
    if (normalised.size >= 10_000) normalised.clear();
    normalised.set(tag, slug);
  }
  return slug;
}

const normalised = new Map<string, string>();

/**
 * Display names of tags the centre uses (industries of libs/domain, common technologies,
 * regions, project stages). Unknown slugs are shown as they are: a readable slug beats a guess.
 */
const TAG_NAMES: Record<string, { 'zh-CN': string; en: string }> = {
  // industries (libs/domain INDUSTRIES)
  manufacturing: { 'zh-CN': '制造', en: 'manufacturing' },
  'new-energy': { 'zh-CN': '新能源', en: 'new-energy' },
  telecoms: { 'zh-CN': '通信', en: 'telecoms' },
  education: { 'zh-CN': '教育', en: 'education' },
  'remote-sensing': { 'zh-CN': '遥感', en: 'remote-sensing' },
  transport: { 'zh-CN': '交通', en: 'transport' },
  healthcare: { 'zh-CN': '医疗', en: 'healthcare' },
  'ai-services': { 'zh-CN': '人工智能服务', en: 'AI-services' },
  'public-sector': { 'zh-CN': '公共部门', en: 'public-sector' },
  'medical-imaging': { 'zh-CN': '医学影像', en: 'medical-imaging' },
  finance: { 'zh-CN': '金融', en: 'finance' },
  agriculture: { 'zh-CN': '农业', en: 'agriculture' },
  // technologies
  ascend: { 'zh-CN': '昇腾', en: 'Ascend' },
  mindspore: { 'zh-CN': 'MindSpore', en: 'MindSpore' },
  pytorch: { 'zh-CN': 'PyTorch', en: 'PyTorch' },
  cann: { 'zh-CN': 'CANN', en: 'CANN' },
  llm: { 'zh-CN': '大模型', en: 'LLM' },
  'computer-vision': { 'zh-CN': '计算机视觉', en: 'computer-vision' },
  nlp: { 'zh-CN': '自然语言处理', en: 'NLP' },
  'speech-recognition': { 'zh-CN': '语音识别', en: 'speech-recognition' },
  'edge-inference': { 'zh-CN': '边缘推理', en: 'edge-inference' },
  'model-compression': { 'zh-CN': '模型压缩', en: 'model-compression' },
  'operator-development': { 'zh-CN': '算子开发', en: 'operator-development' },
  'satellite-imagery': { 'zh-CN': '卫星影像', en: 'satellite-imagery' },
  'time-series': { 'zh-CN': '时间序列', en: 'time-series' },
  'data-labelling': { 'zh-CN': '数据标注', en: 'data-labelling' },
  // regions
  chengdu: { 'zh-CN': '成都', en: 'Chengdu' },
  chongqing: { 'zh-CN': '重庆', en: 'Chongqing' },
  sichuan: { 'zh-CN': '四川', en: 'Sichuan' },
  beijing: { 'zh-CN': '北京', en: 'Beijing' },
  shanghai: { 'zh-CN': '上海', en: 'Shanghai' },
  shenzhen: { 'zh-CN': '深圳', en: 'Shenzhen' },
  hangzhou: { 'zh-CN': '杭州', en: 'Hangzhou' },
  'west-china': { 'zh-CN': '西部地区', en: 'West China' },
  national: { 'zh-CN': '全国', en: 'nationwide' },
  // project stages (libs/domain PROJECT_STAGES)
  applied: { 'zh-CN': '申请', en: 'application' },
  screening: { 'zh-CN': '筛选', en: 'screening' },
  adaptation: { 'zh-CN': '适配', en: 'adaptation' },
  incubating: { 'zh-CN': '孵化', en: 'incubation' },
  graduated: { 'zh-CN': '毕业', en: 'graduated' },
  exited: { 'zh-CN': '退出', en: 'exited' },
  rejected: { 'zh-CN': '未通过', en: 'rejected' },
};

/** A tag's display name in `locale`; the normalised slug when the tag is not in the dictionary. */
export function tagLabel(tag: string, locale: Locale): string {
  const slug = normaliseTag(tag);
  return TAG_NAMES[slug]?.[locale] ?? slug;
}
