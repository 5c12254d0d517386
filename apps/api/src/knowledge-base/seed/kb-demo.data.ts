import type { TicketCategory } from '@suanli/domain';

export interface DemoKbArticle {
  slug: string;
  category: TicketCategory;
  titleZh: string;
  titleEn: string;
  bodyZh: string;
  bodyEn: string;
  /** Founders who already said it answered their question, so the counters are not all zero. */
  deflections: number;
  views: number;
}

/**
 * Twenty demo articles on what Chengdu startups ask the centre's consultants. Figures are
 * illustrative for the demo, written the way the centre would phrase them; they are not legal advice.
 */
export const DEMO_KB_ARTICLES: DemoKbArticle[] = [
  {
    slug: 'chengdu-compute-voucher-application',
    category: 'COMPUTE_VOUCHERS',
    titleZh: '成都算力券申请指南',
    titleEn: 'How to apply for a Chengdu compute voucher',
    bodyZh:
      '成都市算力券用于支持中小企业、初创企业和科研机构使用智算中心的算力资源。\n\n申请条件：在成都市注册的法人单位，近一年无严重失信记录，算力用途为模型训练、推理或科学计算。\n\n申请步骤：在门户的“算力券”页面选择当年的算力券计划，填写申请金额、用途说明并上传营业执照。中心在十个工作日内完成初审，市经信局复核后发放。\n\n算力券按账单金额的一定比例抵扣，单家企业有年度上限，有效期内未使用的额度自动失效。',
    bodyEn:
      'Chengdu compute vouchers help SMEs, startups and research institutes pay for the centre’s AI compute.\n\nWho may apply: legal entities registered in Chengdu with no serious record of broken credit in the past year, using the compute for model training, inference or scientific computing.\n\nHow: on the portal’s Vouchers page choose this year’s programme, enter the amount and what the compute is for, and upload the business licence. The centre screens within ten working days; the city’s Bureau of Economy and Information Technology confirms and issues the voucher.\n\nA voucher covers a share of each invoice up to a yearly cap per organisation; what is unused when it expires lapses.',
    deflections: 14,
    views: 312,
  },
  {
    slug: 'compute-voucher-redemption-invoices',
    category: 'COMPUTE_VOUCHERS',
    titleZh: '算力券如何抵扣账单',
    titleEn: 'How a compute voucher is redeemed against invoices',
    bodyZh:
      '算力券批准后会出现在“账单”页面。每月出账时，系统按计划规定的比例自动抵扣当月卡时费用，抵扣金额在发票上单独列示。\n\n一张发票可以同时使用多张算力券，先到期的先用。已作废的发票对应的抵扣会退回算力券余额。\n\n如需开具抵扣后的增值税发票，请在发票页面提交开票信息。',
    bodyEn:
      'Once approved, a voucher appears on the Billing page. When the month is invoiced, the programme’s share of the card-hour charges is deducted automatically and shown as its own line on the invoice.\n\nOne invoice may use several vouchers, the one expiring first is used first. When an invoice is voided, what it took from a voucher goes back to the voucher.\n\nFor a VAT invoice of the amount after the deduction, enter your invoicing details on the invoice page.',
    deflections: 9,
    views: 188,
  },
  {
    slug: 'sichuan-compute-voucher-vs-chengdu',
    category: 'COMPUTE_VOUCHERS',
    titleZh: '四川省算力券与成都市算力券可以叠加吗',
    titleEn: 'Can Sichuan provincial and Chengdu city compute vouchers be combined?',
    bodyZh:
      '四川省和成都市的算力券由不同部门发放，资金来源不同。同一笔算力费用不能重复申请两级补贴，但不同月份、不同项目的费用可以分别申请。\n\n建议先申请额度较高的一级，并在申请材料中如实说明是否已获得其他算力补贴。关联方企业不得申请算力券。',
    bodyEn:
      'The Sichuan and Chengdu vouchers are issued by different departments from different budgets. The same compute charge cannot be subsidised twice, but charges of different months or projects may be claimed separately.\n\nApply to the level with the larger amount first, and state in the application whether other compute subsidies were received. Related parties of the centre may not receive vouchers.',
    deflections: 6,
    views: 97,
  },
  {
    slug: 'compute-voucher-rejected-what-next',
    category: 'COMPUTE_VOUCHERS',
    titleZh: '算力券申请被驳回后怎么办',
    titleEn: 'My compute voucher application was declined: what now?',
    bodyZh:
      '驳回通知会写明原因，常见原因有：企业类型不在资助范围、申请金额低于最低申领额、超过单家企业上限或计划预算已用完。\n\n修改后可以在计划开放期内重新提交。如对驳回有疑问，可在门户提交工单，选择“算力券”类别，顾问会在两个工作日内回复。',
    bodyEn:
      'The notice says why. Common reasons: the kind of organisation is not eligible, the amount is below the minimum claim, it exceeds the per-organisation cap, or the programme’s budget is spent.\n\nYou may correct it and apply again while the programme is open. If the decision is unclear, open a ticket in the “Compute vouchers” category; a consultant answers within two working days.',
    deflections: 4,
    views: 71,
  },
  {
    slug: 'high-tech-enterprise-tax-relief',
    category: 'TAX',
    titleZh: '高新技术企业所得税优惠（15%税率）',
    titleEn: 'High-tech enterprise income-tax relief (15 % rate)',
    bodyZh:
      '经认定的高新技术企业，企业所得税按15%的税率征收（一般企业为25%）。\n\n认定的主要条件：注册满一年；拥有核心自主知识产权；研发人员占职工总数不低于10%；近三年研发费用占销售收入比例达到规定标准；高新技术产品收入占总收入60%以上。\n\n认定有效期三年，四川省每年分批受理。中心可协助梳理知识产权和研发费用辅助账。',
    bodyEn:
      'A certified high-tech enterprise pays corporate income tax at 15 % instead of the usual 25 %.\n\nMain conditions: registered for at least a year; owns core intellectual property; R&D staff are at least 10 % of employees; R&D spending over the last three years reaches the required share of revenue; high-tech products and services bring at least 60 % of revenue.\n\nThe certificate lasts three years; Sichuan accepts applications in batches each year. The centre helps put the IP list and the R&D expense ledger in order.',
    deflections: 11,
    views: 240,
  },
  {
    slug: 'rd-expense-super-deduction',
    category: 'TAX',
    titleZh: '研发费用加计扣除怎么申报',
    titleEn: 'How to claim the R&D expense super-deduction',
    bodyZh:
      '企业开展研发活动实际发生的研发费用，在按规定据实扣除的基础上，可再按实际发生额的100%在税前加计扣除。\n\n算力租赁费用用于研发活动的，可以计入研发费用中的“其他相关费用”或直接投入，需保留合同、发票和研发项目立项资料。\n\n可在预缴申报时享受，也可在年度汇算清缴时统一申报。',
    bodyEn:
      'On top of deducting R&D expenses as incurred, an enterprise may deduct another 100 % of them before tax.\n\nCompute rented for R&D can be counted as a direct input or other related expense; keep the contract, the invoices and the R&D project records.\n\nThe deduction can be taken in the provisional returns or all at once in the annual settlement.',
    deflections: 8,
    views: 165,
  },
  {
    slug: 'small-low-profit-enterprise-tax',
    category: 'TAX',
    titleZh: '小型微利企业所得税减免',
    titleEn: 'Income-tax relief for small low-profit enterprises',
    bodyZh:
      '年应纳税所得额不超过300万元、从业人数不超过300人、资产总额不超过5000万元的小型微利企业，可享受减按25%计入应纳税所得额、按20%税率缴纳企业所得税的优惠。\n\n初创企业在尚未认定高新技术企业前，通常先适用该政策。两项优惠不能叠加，按较优者执行。',
    bodyEn:
      'A small low-profit enterprise (taxable income up to CNY 3 million, up to 300 employees, assets up to CNY 50 million) counts only 25 % of its income as taxable and pays 20 % on it.\n\nStartups usually rely on this before they are certified as high-tech enterprises. The two reliefs do not stack; the better one applies.',
    deflections: 5,
    views: 93,
  },
  {
    slug: 'software-vat-refund',
    category: 'TAX',
    titleZh: '软件产品增值税即征即退',
    titleEn: 'Immediate VAT refund for software products',
    bodyZh:
      '销售自行开发的软件产品，增值税实际税负超过3%的部分实行即征即退。需取得软件著作权登记证书，并在主管税务机关备案。\n\n模型推理服务按“信息技术服务”计税，一般不适用软件产品即征即退，具体以主管税务机关认定为准。',
    bodyEn:
      'For software the company developed and sells, VAT above an effective 3 % is refunded straight away. It needs the software copyright registration and a filing with the tax office.\n\nModel inference services are taxed as IT services and usually do not qualify; the local tax office decides.',
    deflections: 2,
    views: 44,
  },
  {
    slug: 'rongpiao-talent-programme',
    category: 'TALENT',
    titleZh: '蓉漂计划人才申报说明',
    titleEn: 'The Rongpiao (蓉漂) talent programme: how to apply',
    bodyZh:
      '“蓉漂计划”面向在成都创新创业的高层次人才和团队，入选者可获得资金资助、人才公寓、子女入学和医疗保障等支持。\n\n申报对象：在成都全职工作或创业的海内外人才，创业人才所在企业须在成都注册并实际运营。\n\n申报材料：身份和学历证明、劳动合同或企业股权证明、代表性成果和项目计划书。每年集中申报一次，通知发布后约一个月截止。',
    bodyEn:
      'The Rongpiao programme supports senior talent and teams who innovate or found companies in Chengdu: grants, talent apartments, school places for children and health care.\n\nWho: people from China or abroad working full time or founding a company in Chengdu; a founder’s company must be registered and operating here.\n\nWhat to submit: ID and degrees, the employment contract or proof of shareholding, representative achievements and a project plan. There is one round a year, closing about a month after the notice.',
    deflections: 10,
    views: 204,
  },
  {
    slug: 'talent-apartment-and-housing-subsidy',
    category: 'TALENT',
    titleZh: '人才公寓与租房补贴',
    titleEn: 'Talent apartments and rent subsidies',
    bodyZh:
      '成都高新区为符合条件的青年人才提供人才公寓，租金低于市场价；未入住公寓的，可申请租房补贴。\n\n本科及以上学历、在区内企业缴纳社保的青年人才均可申请，按学历分档补贴，最长三年。',
    bodyEn:
      'Chengdu Hi-tech Zone offers talent apartments below market rent to eligible young professionals; those not living in one may claim a rent subsidy.\n\nAnyone with a bachelor’s degree or higher who pays social insurance through a company in the zone may apply; the amount depends on the degree, for up to three years.',
    deflections: 3,
    views: 88,
  },
  {
    slug: 'foreign-expert-work-permit',
    category: 'TALENT',
    titleZh: '外籍人才工作许可办理',
    titleEn: 'Work permits for foreign experts',
    bodyZh:
      '聘用外籍员工须办理《外国人工作许可证》和工作类居留许可。高端人才（A类）可享受“绿色通道”，材料齐全后约五个工作日办结。\n\n需准备：学历认证、无犯罪记录证明、工作经历证明和劳动合同。',
    bodyEn:
      'Hiring a foreign employee needs a Foreigner’s Work Permit and a work residence permit. Top talent (category A) goes through a fast lane: about five working days once the papers are complete.\n\nPrepare: verified degree, criminal record certificate, proof of work experience and the employment contract.',
    deflections: 1,
    views: 39,
  },
  {
    slug: 'cross-border-data-export-assessment',
    category: 'DATA_COMPLIANCE',
    titleZh: '数据出境安全评估什么时候需要做',
    titleEn: 'When a cross-border data export security assessment is needed',
    bodyZh:
      '向境外提供重要数据，或关键信息基础设施运营者向境外提供个人信息，或自当年1月1日起累计向境外提供100万人以上个人信息（不含敏感个人信息）等情形，须申报数据出境安全评估。\n\n未达到评估门槛的，可通过签订个人信息出境标准合同或个人信息保护认证的方式出境。\n\n在中心训练的模型如使用境内个人信息，模型权重导出前请先咨询顾问。',
    bodyEn:
      'A security assessment must be filed when exporting important data, when a critical information infrastructure operator exports personal information, or when more than one million people’s personal information (not sensitive) has been exported since 1 January of the year, among other cases.\n\nBelow those thresholds, data may leave under the standard contract for personal information or a personal-information protection certification.\n\nIf a model trained at the centre used personal information collected in China, ask a consultant before exporting its weights.',
    deflections: 7,
    views: 151,
  },
  {
    slug: 'personal-information-standard-contract',
    category: 'DATA_COMPLIANCE',
    titleZh: '个人信息出境标准合同备案',
    titleEn: 'Filing the standard contract for exporting personal information',
    bodyZh:
      '签订标准合同后十个工作日内，向所在地省级网信部门备案，同时提交个人信息保护影响评估报告。\n\n合同须使用国家网信办发布的范本，不得修改核心条款，可以补充商业条款。',
    bodyEn:
      'Within ten working days of signing the standard contract, file it with the provincial cyberspace administration together with the personal-information protection impact assessment.\n\nUse the template published by the Cyberspace Administration of China; its core clauses may not be changed, commercial clauses may be added.',
    deflections: 3,
    views: 62,
  },
  {
    slug: 'medical-data-on-the-cluster',
    category: 'DATA_COMPLIANCE',
    titleZh: '医疗数据能否在中心集群上训练',
    titleEn: 'May medical data be used for training on the centre’s cluster?',
    bodyZh:
      '可以，但须满足以下要求：数据已去标识化；取得数据提供方（医院）的书面授权；项目标记为高敏感级别，使用隔离的存储和专属节点。\n\n中心不留存原始数据，训练结束后按约定删除并出具删除证明。',
    bodyEn:
      'Yes, if: the data is de-identified; the data provider (the hospital) has authorised it in writing; and the project is marked HIGH sensitivity, using isolated storage and dedicated nodes.\n\nThe centre keeps no raw data and deletes it as agreed after training, with a certificate of deletion.',
    deflections: 5,
    views: 120,
  },
  {
    slug: 'ascend-adaptation-faq',
    category: 'ADAPTATION',
    titleZh: '昇腾适配常见问题',
    titleEn: 'Ascend adaptation FAQ',
    bodyZh:
      '适配期为14天，免费。中心提供昇腾910B节点、CANN工具链和适配工程师支持。\n\n常见问题：PyTorch模型通过torch_npu插件迁移，大多数算子可直接运行；自定义CUDA算子需要用Ascend C重写或寻找替代；混合精度训练建议使用bf16。\n\n适配清单全部完成后项目才能进入孵化阶段。',
    bodyEn:
      'Adaptation lasts 14 days and is free. The centre provides Ascend 910B nodes, the CANN toolchain and an adaptation engineer.\n\nCommon questions: PyTorch models move over with the torch_npu plugin and most operators run as they are; custom CUDA kernels must be rewritten in Ascend C or replaced; for mixed precision use bf16.\n\nThe project enters incubation only once the adaptation checklist is complete.',
    deflections: 12,
    views: 276,
  },
  {
    slug: 'mindspore-or-pytorch-on-ascend',
    category: 'ADAPTATION',
    titleZh: '在昇腾上用MindSpore还是PyTorch',
    titleEn: 'MindSpore or PyTorch on Ascend?',
    bodyZh:
      '已有PyTorch代码的团队建议继续使用PyTorch加torch_npu，迁移成本最低。新项目或需要极致性能、图模式编译的，可以考虑MindSpore。\n\n中心镜像同时预装两者，版本与CANN匹配。',
    bodyEn:
      'Teams with PyTorch code should stay on PyTorch with torch_npu: the cheapest move. New projects, or those needing the last bit of performance and graph-mode compilation, may consider MindSpore.\n\nThe centre’s images carry both, in versions matching CANN.',
    deflections: 6,
    views: 134,
  },
  {
    slug: 'adaptation-checklist-explained',
    category: 'ADAPTATION',
    titleZh: '适配清单各项说明',
    titleEn: 'The adaptation checklist explained',
    bodyZh:
      '清单包括：环境搭建、模型迁移、精度对齐、性能调优、推理部署和文档交付。\n\n精度对齐要求与原平台的关键指标差异在约定范围内；性能调优以吞吐和卡时成本为准。每一项由适配工程师确认完成。',
    bodyEn:
      'The checklist: environment set up, model ported, accuracy aligned, performance tuned, inference deployed and documentation delivered.\n\nAccuracy must be within the agreed tolerance of the original platform on the key metrics; tuning is judged by throughput and card-hour cost. The adaptation engineer signs off each item.',
    deflections: 2,
    views: 58,
  },
  {
    slug: 'ai-industry-subsidy-chengdu',
    category: 'SUBSIDIES_POLICY',
    titleZh: '成都人工智能产业扶持政策汇总',
    titleEn: 'Chengdu’s support for the AI industry: an overview',
    bodyZh:
      '成都市对人工智能企业的支持包括：算力券、模型研发奖励、首台（套）应用奖励、场景示范项目资助和知识产权资助。\n\n大模型通过国家生成式人工智能服务备案的，可申请一次性奖励。具体金额以当年申报通知为准。',
    bodyEn:
      'Chengdu supports AI companies with compute vouchers, model R&D awards, first-deployment awards, funding for demonstration scenarios and IP subsidies.\n\nA large model that completes the national filing for generative AI services may claim a one-off award. Amounts follow each year’s call.',
    deflections: 9,
    views: 222,
  },
  {
    slug: 'generative-ai-service-filing',
    category: 'SUBSIDIES_POLICY',
    titleZh: '生成式人工智能服务备案流程',
    titleEn: 'Filing a generative AI service',
    bodyZh:
      '面向境内公众提供生成式人工智能服务的，须向网信部门完成备案。材料包括安全自评估报告、语料来源说明、标注规则和拦截关键词库。\n\n四川省网信办受理初审，一般需两到三个月。备案通过后，可作为申请产业扶持资金的材料。',
    bodyEn:
      'A generative AI service offered to the public in China must be filed with the cyberspace administration: a security self-assessment, where the training data came from, the labelling rules and the keyword block list.\n\nThe Sichuan office screens first; it usually takes two to three months. The filing then supports applications for industry funding.',
    deflections: 4,
    views: 109,
  },
  {
    slug: 'open-a-consulting-ticket',
    category: 'OTHER',
    titleZh: '如何向中心顾问提问',
    titleEn: 'How to ask the centre’s consultants',
    bodyZh:
      '先在帮助中心搜索，很多问题已有答案。找不到时，在门户点击“提交工单”，选择类别并描述问题，可关联项目、算力券申请或发票。\n\n顾问在工作日9:00–18:00处理工单，首次回复时限按类别和优先级确定，节假日顺延。',
    bodyEn:
      'Search the help centre first: many questions are answered there. If not, click “Open a ticket” in the portal, pick a category and describe the question; you may link a project, a voucher application or an invoice.\n\nConsultants work on tickets on working days 09:00–18:00; the first-response time depends on category and priority and skips public holidays.',
    deflections: 3,
    views: 130,
  },
];
