/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation SignInCodes($input: SignInInput!) { signIn(input: $input) { token userErrors { code } } }\n": typeof types.SignInCodesDocument,
    "\n  query AuditEvents($first: Int!, $action: String, $org: ID) {\n    auditEvents(first: $first, action: $action, organisationId: $org) {\n      totalCount\n      edges { node { id at action actorKind actorId targetType targetId organisationId detailsJson ip actor { email } } }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  fragment AllocationRequestFields on AllocationRequest {\n    id state cards cardType priority requestedPriority urgency urgencyDecidedAt queuePosition estimatedStartAt preemptAt startedAt endsAt\n    finishedAt endReason cardHours waitReason(locale: \"en\") { code message }\n  }\n": typeof types.AllocationRequestFieldsFragmentDoc,
    "\n  mutation CreateAllocationRequest($input: CreateAllocationRequestInput!) {\n    createAllocationRequest(input: $input) { allocationRequest { ...AllocationRequestFields } userErrors { code message field } }\n  }\n": typeof types.CreateAllocationRequestDocument,
    "\n  mutation CancelAllocationRequest($id: ID!) { cancelAllocationRequest(input: { id: $id }) { allocationRequest { id state } userErrors { code } } }\n": typeof types.CancelAllocationRequestDocument,
    "\n  mutation FinishAllocation($id: ID!) { finishAllocation(input: { id: $id }) { allocationRequest { id state } userErrors { code } } }\n": typeof types.FinishAllocationDocument,
    "\n  query GetAllocationRequest($id: ID!) { allocationRequest(id: $id) { ...AllocationRequestFields } }\n": typeof types.GetAllocationRequestDocument,
    "\n  query AllocationWaitReason($id: ID!) { allocationRequest(id: $id) { waitReason { message } } }\n": typeof types.AllocationWaitReasonDocument,
    "\n  mutation ApproveUrgentRequest($id: ID!) {\n    approveUrgentRequest(input: { id: $id }) { allocationRequest { ...AllocationRequestFields } userErrors { code message } }\n  }\n": typeof types.ApproveUrgentRequestDocument,
    "\n  mutation DeclineUrgentRequest($id: ID!) {\n    declineUrgentRequest(input: { id: $id }) { allocationRequest { ...AllocationRequestFields } userErrors { code message } }\n  }\n": typeof types.DeclineUrgentRequestDocument,
    "\n  query UrgentRequestsAwaitingApproval { urgentRequestsAwaitingApproval { id requestedPriority } }\n": typeof types.UrgentRequestsAwaitingApprovalDocument,
    "\n  mutation SetOrganisationScheduling($input: SetOrganisationSchedulingInput!) {\n    setOrganisationScheduling(input: $input) {\n      organisationScheduling { weight quotaCards urgentCardHoursPerMonth urgentCardHoursUsed maxOpenRequests openRequestLimit }\n      userErrors { code }\n    }\n  }\n": typeof types.SetOrganisationSchedulingDocument,
    "\n  query OrganisationSchedulingRows {\n    organisationScheduling(first: 100) { centreCards edges { node { weight quotaCards urgentCardHoursPerMonth organisation { id } } } }\n  }\n": typeof types.OrganisationSchedulingRowsDocument,
    "\n  query UrgentBudget { urgentBudget { cardHoursPerMonth usedCardHours remainingCardHours periodStart periodEnd } }\n": typeof types.UrgentBudgetDocument,
    "query ClusterCards { clusters { nodes { cards { id } } } }": typeof types.ClusterCardsDocument,
    "query OpenRequestCount { allocationRequests(first: 1, states: [QUEUED, RUNNING]) { totalCount } }": typeof types.OpenRequestCountDocument,
    "query RequestCount { allocationRequests(first: 1) { totalCount } }": typeof types.RequestCountDocument,
    "query MyOrganisation { me { organisation { id } } }": typeof types.MyOrganisationDocument,
    "\n  mutation CreateAllocationRequestCodes($input: CreateAllocationRequestInput!) {\n    createAllocationRequest(input: $input) { allocationRequest { id state } userErrors { code } }\n  }\n": typeof types.CreateAllocationRequestCodesDocument,
    "\n  query AllocationRequestTimes($id: ID!) { allocationRequest(id: $id) { id state queuePosition startedAt finishedAt } }\n": typeof types.AllocationRequestTimesDocument,
    "\n  mutation CancelAllocationRequestCodes($id: ID!) { cancelAllocationRequest(input: { id: $id }) { userErrors { code } } }\n": typeof types.CancelAllocationRequestCodesDocument,
    "\n  mutation CreateAllocationRequestWithOwner($input: CreateAllocationRequestInput!) {\n    createAllocationRequest(input: $input) {\n      allocationRequest { ...AllocationRequestFields clusterId project { id } organisation { name } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.CreateAllocationRequestWithOwnerDocument,
    "\n  mutation CancelAllocationRequestWithFields($id: ID!) {\n    cancelAllocationRequest(input: { id: $id }) { allocationRequest { ...AllocationRequestFields } userErrors { code } }\n  }\n": typeof types.CancelAllocationRequestWithFieldsDocument,
    "\n  query AllocationQueueOf($cardType: String, $cluster: ID) {\n    allocationQueue(cardType: $cardType, clusterId: $cluster) { id queuePosition organisation { name } }\n  }\n": typeof types.AllocationQueueOfDocument,
    "\n  mutation SetWeightAndQuota($org: ID!) {\n    setOrganisationScheduling(input: { organisationId: $org, weight: 2, quotaCards: 4 }) {\n      organisationScheduling { weight quotaCards organisation { name } }\n      userErrors { code }\n    }\n  }\n": typeof types.SetWeightAndQuotaDocument,
    "query FortnightUsage { usage(days: 14) { totalCardHours daily { day cardHours } byProject { projectId } } }": typeof types.FortnightUsageDocument,
    "query OrganisationSchedulingCount { organisationScheduling { totalCount } }": typeof types.OrganisationSchedulingCountDocument,
    "\n  mutation CreateTelemetryToken { createApiToken(input: { name: \"telemetry\", scopes: [\"telemetry\"] }) { token } }\n": typeof types.CreateTelemetryTokenDocument,
    "\n  query DemoQueue {\n    allocationQueue(cardType: \"Ascend 910B\", first: 500) {\n      id queuePosition cards priority\n      organisation { name kind }\n      project { name }\n      waitReason(locale: \"en\") { code params }\n    }\n  }\n": typeof types.DemoQueueDocument,
    "\n  fragment InvoiceFields on Invoice {\n    id kind number status organisationId periodMonth issuedAt dueAt totalFen freeFen voucherFen equityFen cashFen paidFen creditedFen balanceFen overdue pdfPath\n    lines { id cardType cardSeconds unitPriceFen amountFen freeFen voucherFen equityFen cashFen adaptation }\n  }\n": typeof types.InvoiceFieldsFragmentDoc,
    "\n  query Invoices($first: Int!, $periodMonth: String, $status: String, $organisationId: ID) {\n    invoices(first: $first, periodMonth: $periodMonth, status: $status, organisationId: $organisationId) {\n      totalCount\n      edges { node { ...InvoiceFields } }\n    }\n  }\n": typeof types.InvoicesDocument,
    "\n  query InvoiceById($id: ID!) { invoice(id: $id) { ...InvoiceFields payments { id amountFen bankReference } creditNotes { id number totalFen } } }\n": typeof types.InvoiceByIdDocument,
    "\n  mutation RunBilling($input: RunBillingInput!) {\n    runBilling(input: $input) { run { id periodMonth status invoicesCreated organisationsSkipped problems { organisationId code cardType } } userErrors { code field } }\n  }\n": typeof types.RunBillingDocument,
    "\n  mutation IssueInvoice($input: IssueInvoiceInput!) { issueInvoice(input: $input) { invoice { ...InvoiceFields } userErrors { code field } } }\n": typeof types.IssueInvoiceDocument,
    "\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) { invoice { id status paidFen balanceFen } payment { id amountFen } userErrors { code field } }\n  }\n": typeof types.RecordPaymentDocument,
    "\n  mutation CreateCreditNote($input: CreateCreditNoteInput!) {\n    createCreditNote(input: $input) { invoice { id status creditedFen balanceFen } creditNote { id number kind totalFen cashFen } userErrors { code field } }\n  }\n": typeof types.CreateCreditNoteDocument,
    "\n  mutation SetCardPrice($input: SetCardPriceInput!) { setCardPrice(input: $input) { price { id priceFen effectiveFrom } userErrors { code field } } }\n": typeof types.SetCardPriceDocument,
    "\n  query PriceList { priceList { cardType current { id priceFen marketPriceFen discountBasisPoints } next { priceFen } history { id } } }\n": typeof types.PriceListDocument,
    "\n  query LedgerHealth { ledgerCheck { healthy totalFen unbalancedTransactions receivableMismatches voucherMismatches } billingBalance { outstandingFen overdueFen openCount } }\n": typeof types.LedgerHealthDocument,
    "\n  query VoucherProgrammes { voucherProgrammes { id year status budgetFen coverageBasisPoints perOrganisationCapFen minimumClaimFen figures { committedFen redeemedFen remainingFen } } }\n": typeof types.VoucherProgrammesDocument,
    "\n  mutation CreateVoucherProgramme($input: CreateVoucherProgrammeInput!) {\n    createVoucherProgramme(input: $input) { programme { id year budgetFen } userErrors { code field } }\n  }\n": typeof types.CreateVoucherProgrammeDocument,
    "\n  mutation ApplyForVoucher($input: ApplyForVoucherInput!) { applyForVoucher(input: $input) { application { id status requestedFen } userErrors { code field } } }\n": typeof types.ApplyForVoucherDocument,
    "\n  mutation ApproveVoucherApplication($input: ApproveVoucherApplicationInput!) {\n    approveVoucherApplication(input: $input) { application { id status approvedFen } voucher { id code balanceFen faceValueFen validUntil } userErrors { code field } }\n  }\n": typeof types.ApproveVoucherApplicationDocument,
    "\n  query MyVouchers { vouchers { id code organisationId balanceFen faceValueFen status redemptions { invoiceNumber amountFen } } }\n": typeof types.MyVouchersDocument,
    "\n  query VoucherSettlementQuery($programmeId: ID!, $period: String!) {\n    voucherSettlement(programmeId: $programmeId, period: $period) { totalFen lines { organisationName invoiceNumber voucherCode amountFen } }\n  }\n": typeof types.VoucherSettlementQueryDocument,
    "\n  mutation MarkRelatedParty($input: MarkRelatedPartyInput!) { markRelatedParty(input: $input) { relatedParty userErrors { code } } }\n": typeof types.MarkRelatedPartyDocument,
    "\n  query CostQuote($cardType: String!, $cards: Int!, $durationSeconds: Int!, $adaptation: Boolean!) {\n    costQuote(cardType: $cardType, cards: $cards, durationSeconds: $durationSeconds, adaptation: $adaptation) { priced pricePerCardHourFen amountFen freeFen voucherFen cashFen }\n  }\n": typeof types.CostQuoteDocument,
    "\n  query BillingSettingsOp { billingSettings { paymentTermsDays payerOrder } }\n": typeof types.BillingSettingsOpDocument,
    "\n  mutation UpdateBillingSettings($input: UpdateBillingSettingsInput!) {\n    updateBillingSettings(input: $input) { settings { paymentTermsDays payerOrder } userErrors { code field } }\n  }\n": typeof types.UpdateBillingSettingsDocument,
    "\n  fragment CapTableFields on CapTable {\n    organisationId organisationName totalIssuedShares totalBoughtBackShares totalOutstandingShares totalFullyDilutedShares\n    shareClasses { id name classType seniority sharesAuthorised outstandingShares }\n    stakeholders { id name kind entityType shares fullyDilutedShares outstandingBasisPoints fullyDilutedBasisPoints byClass { shareClassId shares } }\n    history {\n      id kind at stakeholderId stakeholderName shareClassId shares pricePerShareFen priceFen source creditLineId trancheNumber issuanceId considerationText recordedById recordedByName recordedAt\n    }\n    creditLines {\n      id termSheetId projectId status creditFen drawnFen totalShares sharesIssued sharesBoughtBack pricePerShareFen shareClassId expiresAt buyBackUntil buyBackPremiumBasisPoints buyBackOpen\n    }\n  }\n": typeof types.CapTableFieldsFragmentDoc,
    "\n  query CapTableOf($organisationId: ID!) { capTable(organisationId: $organisationId) { ...CapTableFields } }\n": typeof types.CapTableOfDocument,
    "\n  query CapTableListings { capTables { organisationId organisationName stakeholderCount totalOutstandingShares centreShares creditLineCount } }\n": typeof types.CapTableListingsDocument,
    "\n  mutation AddStakeholder($input: AddStakeholderInput!) { addStakeholder(input: $input) { capTable { ...CapTableFields } userErrors { code field message } } }\n": typeof types.AddStakeholderDocument,
    "\n  mutation AddShareClass($input: AddShareClassInput!) { addShareClass(input: $input) { capTable { ...CapTableFields } userErrors { code field message } } }\n": typeof types.AddShareClassDocument,
    "\n  mutation RecordIssuance($input: RecordIssuanceInput!) { recordIssuance(input: $input) { capTable { ...CapTableFields } userErrors { code field message } } }\n": typeof types.RecordIssuanceDocument,
    "\n  mutation RecordBuyBack($input: RecordBuyBackInput!) { recordBuyBack(input: $input) { capTable { ...CapTableFields } userErrors { code field message } } }\n": typeof types.RecordBuyBackDocument,
    "\n  mutation CreateClusterWithDescription($input: CreateClusterInput!) {\n    createCluster(input: $input) { cluster { id name description } userErrors { code field } }\n  }\n": typeof types.CreateClusterWithDescriptionDocument,
    "mutation AddNodesCodes($input: AddNodesInput!) { addNodes(input: $input) { cluster { id } userErrors { code } } }": typeof types.AddNodesCodesDocument,
    "\n  mutation RetireNode($id: ID!) { retireNode(input: { nodeId: $id }) { node { id name drained retiredAt } userErrors { code field } } }\n": typeof types.RetireNodeDocument,
    "\n  mutation DrainNodeForDecommissioning($id: ID!) {\n    drainNode(input: { nodeId: $id, reason: \"decommissioning (e2e)\" }) { node { drained } userErrors { code } }\n  }\n": typeof types.DrainNodeForDecommissioningDocument,
    "mutation RestoreNode($id: ID!) { restoreNode(input: { nodeId: $id }) { node { drained } userErrors { code } } }": typeof types.RestoreNodeDocument,
    "\n  query ClusterGrid($id: ID!) {\n    cluster(id: $id) { id cardTypes utilisation { totalCards healthyCards } nodes { id name drained cards { holder { allocationId } } } }\n  }\n": typeof types.ClusterGridDocument,
    "query ClusterIds { clusters { id name } }": typeof types.ClusterIdsDocument,
    "query ClusterCardHolders { clusters { id nodes { id cardType cards { id holder { allocationId } } } } }": typeof types.ClusterCardHoldersDocument,
    "\n  query MyClusterCardHolders { clusters { id nodes { cardType cards { holder { allocationId mine } } } } }\n": typeof types.MyClusterCardHoldersDocument,
    "\n  mutation DrainNodeForRepair($id: ID!) {\n    drainNode(input: { nodeId: $id, reason: \"fan replacement\" }) { node { drained cards { health } } userErrors { code } }\n  }\n": typeof types.DrainNodeForRepairDocument,
    "\n  mutation ReportCardFailed($id: ID!) {\n    reportCardHealth(input: { cardId: $id, health: FAILED }) { card { health holder { allocationId } } userErrors { code } }\n  }\n": typeof types.ReportCardFailedDocument,
    "\n  mutation ReportCardHealthy($id: ID!) { reportCardHealth(input: { cardId: $id, health: HEALTHY }) { userErrors { code } } }\n": typeof types.ReportCardHealthyDocument,
    "\n  mutation CreateCluster($input: CreateClusterInput!) { createCluster(input: $input) { cluster { id name } userErrors { code field } } }\n": typeof types.CreateClusterDocument,
    "\n  mutation RenameCluster($input: RenameClusterInput!) { renameCluster(input: $input) { cluster { id name } userErrors { code field } } }\n": typeof types.RenameClusterDocument,
    "\n  mutation DeleteCluster($input: DeleteClusterInput!) { deleteCluster(input: $input) { deletedClusterId userErrors { code field } } }\n": typeof types.DeleteClusterDocument,
    "\n  fragment TicketFields on Ticket {\n    id organisationId category priority subject status assigneeId assigneeName linkedKind linkedId firstResponseAt resolvedAt closedAt satisfaction satisfactionComment\n    messages { id visibility body authorName mine linkedArticles { articleId slug titleZh titleEn published } }\n    slaTargets { kind targetMinutes usedMinutes minutesLeft deadline state metAt }\n    escalations { kind priorityBefore priorityAfter notifiedCount }\n    statusHistory { fromStatus toStatus }\n  }\n": typeof types.TicketFieldsFragmentDoc,
    "query MyId { me { id } }": typeof types.MyIdDocument,
    "query TicketById($id: ID!) { ticket(id: $id) { ...TicketFields } }": typeof types.TicketByIdDocument,
    "\n  query TicketQueue($status: [TicketStatus!], $breached: Boolean, $mine: Boolean) {\n    tickets(first: 50, status: $status, breached: $breached, mine: $mine) { totalCount edges { node { id status subject slaTargets { kind state minutesLeft } } } }\n  }\n": typeof types.TicketQueueDocument,
    "\n  mutation OpenTicket($input: OpenTicketInput!) { openTicket(input: $input) { ticket { ...TicketFields } userErrors { code field } } }\n": typeof types.OpenTicketDocument,
    "\n  mutation ReplyToTicket($input: PostTicketMessageInput!) { replyToTicket(input: $input) { ticket { id status } message { id } userErrors { code field } } }\n": typeof types.ReplyToTicketDocument,
    "\n  mutation AddTicketNote($input: PostTicketMessageInput!) { addTicketNote(input: $input) { message { id visibility } userErrors { code field } } }\n": typeof types.AddTicketNoteDocument,
    "\n  mutation ChangeTicketStatus($input: ChangeTicketStatusInput!) { changeTicketStatus(input: $input) { ticket { id status } userErrors { code field } } }\n": typeof types.ChangeTicketStatusDocument,
    "\n  mutation RateTicket($input: RateTicketInput!) { rateTicket(input: $input) { ticket { id satisfaction satisfactionComment } userErrors { code field } } }\n": typeof types.RateTicketDocument,
    "\n  mutation AssignTickets($input: AssignTicketsInput!) { assignTickets(input: $input) { tickets { id assigneeId } userErrors { code field } } }\n": typeof types.AssignTicketsDocument,
    "\n  mutation AttachToTicketMessage($input: AttachToTicketMessageInput!) {\n    attachToTicketMessage(input: $input) { attachment { id fileName sizeBytes contentType } userErrors { code field } }\n  }\n": typeof types.AttachToTicketMessageDocument,
    "\n  mutation SetConsultantGroup($input: SetConsultantGroupInput!) {\n    setConsultantGroup(input: $input) { group { id category leadUserId members { userId } } userErrors { code field } }\n  }\n": typeof types.SetConsultantGroupDocument,
    "\n  mutation SetSlaPolicy($input: SetSlaPolicyInput!) { setSlaPolicy(input: $input) { policy { category priority firstResponseMinutes resolutionMinutes } userErrors { code field } } }\n": typeof types.SetSlaPolicyDocument,
    "query SlaPolicies { slaPolicies { category priority firstResponseMinutes resolutionMinutes } }": typeof types.SlaPoliciesDocument,
    "\n  query SatisfactionReport($fromMonth: String!, $toMonth: String!) {\n    satisfactionReport(fromMonth: $fromMonth, toMonth: $toMonth) {\n      fromMonth toMonth\n      byConsultant { consultantId consultantName ratings averageScoreHundredths counts lowScores }\n      byCategory { category ratings averageScoreHundredths counts lowScores }\n      byMonth { month ratings averageScoreHundredths counts lowScores }\n    }\n  }\n": typeof types.SatisfactionReportDocument,
    "\n  query TicketAttachments($id: ID!) { ticket(id: $id) { id attachments { id messageId fileName contentType sizeBytes } } }\n": typeof types.TicketAttachmentsDocument,
    "\n  fragment TermSheetFields on TermSheet {\n    id organisationId projectId status signedVersionNo withdrawnBySide withdrawnReason\n    currentVersion { versionNo proposedBySide contentHash }\n    versions {\n      versionNo proposedBySide createdAt contentHash\n      terms {\n        creditFen preMoneyValuationFen preMoneyFullyDilutedShares shareClass creditExpiresAt\n        tranches { percentBasisPoints release { kind thresholdBasisPoints stage at milestoneKey } }\n        buyBack { months premiumBasisPoints }\n      }\n      derived { postMoneyValuationFen centrePercentBasisPoints centreShares pricePerShareMicroYuan trancheShares trancheCreditFen }\n    }\n    acceptances { versionNo side userId at ip contentHash }\n  }\n": typeof types.TermSheetFieldsFragmentDoc,
    "\n  query TermSheets($projectId: ID) { termSheets(projectId: $projectId) { ...TermSheetFields } }\n": typeof types.TermSheetsDocument,
    "\n  query TermSheetById($id: ID!) { termSheet(id: $id) { ...TermSheetFields } }\n": typeof types.TermSheetByIdDocument,
    "\n  query TermSheetDiff($termSheetId: ID!, $fromVersionNo: Int!, $toVersionNo: Int!) {\n    termSheetDiff(termSheetId: $termSheetId, fromVersionNo: $fromVersionNo, toVersionNo: $toVersionNo) { field before after }\n  }\n": typeof types.TermSheetDiffDocument,
    "\n  mutation ProposeTermSheet($input: ProposeTermSheetInput!) {\n    proposeTermSheet(input: $input) { termSheet { ...TermSheetFields } userErrors { code field message } }\n  }\n": typeof types.ProposeTermSheetDocument,
    "\n  mutation CounterOfferTermSheet($input: CounterOfferTermSheetInput!) {\n    counterOfferTermSheet(input: $input) { termSheet { ...TermSheetFields } userErrors { code field message } }\n  }\n": typeof types.CounterOfferTermSheetDocument,
    "\n  mutation AcceptTermSheetVersion($input: AcceptTermSheetVersionInput!) {\n    acceptTermSheetVersion(input: $input) { termSheet { ...TermSheetFields } userErrors { code field message } }\n  }\n": typeof types.AcceptTermSheetVersionDocument,
    "\n  mutation WithdrawTermSheet($input: WithdrawTermSheetInput!) {\n    withdrawTermSheet(input: $input) { termSheet { ...TermSheetFields } userErrors { code field message } }\n  }\n": typeof types.WithdrawTermSheetDocument,
    "\n  query EquityMe { me { id } }\n": typeof types.EquityMeDocument,
    "\n  fragment KbArticleResult on KbArticlePayload {\n    article { id slug status deflectionCount hasUnpublishedChanges published { version titleZh } versions { version } }\n    userErrors { code field message }\n  }\n": typeof types.KbArticleResultFragmentDoc,
    "\n  mutation TestCreateKbArticle($input: CreateKbArticleInput!) { createKbArticle(input: $input) { ...KbArticleResult } }\n": typeof types.TestCreateKbArticleDocument,
    "\n  mutation TestUpdateKbArticleDraft($input: UpdateKbArticleDraftInput!) { updateKbArticleDraft(input: $input) { ...KbArticleResult } }\n": typeof types.TestUpdateKbArticleDraftDocument,
    "\n  mutation TestPublishKbArticle($articleId: ID!) { publishKbArticle(articleId: $articleId) { ...KbArticleResult } }\n": typeof types.TestPublishKbArticleDocument,
    "\n  mutation TestUnpublishKbArticle($articleId: ID!) { unpublishKbArticle(articleId: $articleId) { ...KbArticleResult } }\n": typeof types.TestUnpublishKbArticleDocument,
    "\n  mutation TestMarkKbArticleHelpful($articleId: ID!) {\n    markKbArticleHelpful(articleId: $articleId) { counted article { id deflectionCount helpfulByMe } userErrors { code } }\n  }\n": typeof types.TestMarkKbArticleHelpfulDocument,
    "\n  query TestKbArticle($id: ID, $slug: String) {\n    kbArticle(id: $id, slug: $slug) { id status viewCount deflectionCount linkedInReplies helpfulByMe draft { bodyZh } published { version bodyZh } }\n  }\n": typeof types.TestKbArticleDocument,
    "\n  query TestKbArticles { kbArticles { id slug deflectionCount viewCount linkedInReplies } }\n": typeof types.TestKbArticlesDocument,
    "\n  query TestKbSearch($query: String!, $locale: KbLanguage!) { kbSearch(query: $query, locale: $locale) { articleId title } }\n": typeof types.TestKbSearchDocument,
    "\n  fragment MatchResourceFields on MatchResource {\n    id kind name description ownerUserId ownerOrganisationId ownerName capacity capacityPeriod available availableFrom availableUntil mine\n    tags { industries technologies stages regions }\n    capacityUse { capacity taken left periodLabelZh periodLabelEn }\n  }\n": typeof types.MatchResourceFieldsFragmentDoc,
    "\n  fragment IntroductionFields on Introduction {\n    id needId resourceId organisationId organisationName status choice score explanationZh explanationEn proposedAt proposedByName\n    startupAnswer startupAnsweredAt resourceAnswer resourceAnsweredAt acceptedAt declinedAt metOn outcome outcomeNotes concludedAt mySides mayRecord\n    reasons { code points textZh textEn }\n  }\n": typeof types.IntroductionFieldsFragmentDoc,
    "\n  fragment MatchNeedFields on MatchNeed {\n    id organisationId organisationName projectId projectName projectStage kind description urgency state competitorOrganisationIds postedByName createdAt closedAt\n    tags { industries technologies stages regions }\n  }\n": typeof types.MatchNeedFieldsFragmentDoc,
    "\n  mutation CreateMatchResource($input: CreateMatchResourceInput!) {\n    createMatchResource(input: $input) { resource { ...MatchResourceFields conflicts { organisationId organisationName reason } } userErrors { code field message } }\n  }\n": typeof types.CreateMatchResourceDocument,
    "\n  mutation UpdateMatchResource($input: UpdateMatchResourceInput!) {\n    updateMatchResource(input: $input) { resource { ...MatchResourceFields conflicts { organisationId reason } } userErrors { code field } }\n  }\n": typeof types.UpdateMatchResourceDocument,
    "\n  query MatchResources($kind: [ResourceKind!]) { matchResources(first: 100, kind: $kind) { totalCount edges { node { id name kind mine } } } }\n": typeof types.MatchResourcesDocument,
    "\n  query MatchResourceById($id: ID!) { matchResource(id: $id) { ...MatchResourceFields conflicts { organisationId reason } } }\n": typeof types.MatchResourceByIdDocument,
    "\n  mutation PostMatchNeed($input: PostMatchNeedInput!) { postMatchNeed(input: $input) { need { ...MatchNeedFields } userErrors { code field message } } }\n": typeof types.PostMatchNeedDocument,
    "\n  mutation UpdateMatchNeed($input: UpdateMatchNeedInput!) { updateMatchNeed(input: $input) { need { ...MatchNeedFields } userErrors { code field } } }\n": typeof types.UpdateMatchNeedDocument,
    "\n  mutation CloseMatchNeed($input: CloseMatchNeedInput!) { closeMatchNeed(input: $input) { need { id state closedAt } userErrors { code field } } }\n": typeof types.CloseMatchNeedDocument,
    "\n  query MatchNeeds($organisationId: ID, $state: [NeedState!]) {\n    matchNeeds(first: 100, organisationId: $organisationId, state: $state) { totalCount edges { node { id organisationId state kind } } }\n  }\n": typeof types.MatchNeedsDocument,
    "\n  query MatchNeedById($id: ID!) { matchNeed(id: $id) { ...MatchNeedFields introductions { id status } } }\n": typeof types.MatchNeedByIdDocument,
    "\n  query MatchNeedSeen($id: ID!) { matchNeed(id: $id) { id organisationId kind description } }\n": typeof types.MatchNeedSeenDocument,
    "query MatchNeedCompetitors($id: ID!) { matchNeed(id: $id) { id competitorOrganisationIds } }": typeof types.MatchNeedCompetitorsDocument,
    "\n  mutation SetOrganisationCompetitors($input: SetOrganisationCompetitorsInput!) { setOrganisationCompetitors(input: $input) { competitorOrganisationIds userErrors { code field } } }\n": typeof types.SetOrganisationCompetitorsDocument,
    "query OrganisationCompetitors($id: ID!) { organisationCompetitors(id: $id) }": typeof types.OrganisationCompetitorsDocument,
    "\n  query MatchSuggestions($rankedPerNeed: Int) {\n    matchSuggestions(rankedPerNeed: $rankedPerNeed) {\n      method totalScore greedyTotalScore computedAt\n      needs {\n        need { id organisationId kind urgency }\n        ranked { resourceId score explanationZh explanationEn reasons { code points } }\n        assigned { resourceId score explanationZh explanationEn resource { id name } }\n      }\n    }\n  }\n": typeof types.MatchSuggestionsDocument,
    "\n  mutation ProposeIntroduction($input: ProposeIntroductionInput!) { proposeIntroduction(input: $input) { introduction { ...IntroductionFields } userErrors { code field message } } }\n": typeof types.ProposeIntroductionDocument,
    "\n  mutation AnswerIntroduction($input: AnswerIntroductionInput!) { answerIntroduction(input: $input) { introduction { ...IntroductionFields } userErrors { code field message } } }\n": typeof types.AnswerIntroductionDocument,
    "\n  mutation RecordIntroductionMeeting($input: RecordIntroductionMeetingInput!) { recordIntroductionMeeting(input: $input) { introduction { id status metOn } userErrors { code field } } }\n": typeof types.RecordIntroductionMeetingDocument,
    "\n  mutation RecordIntroductionOutcome($input: RecordIntroductionOutcomeInput!) {\n    recordIntroductionOutcome(input: $input) { introduction { id status outcome outcomeNotes concludedAt } userErrors { code field } }\n  }\n": typeof types.RecordIntroductionOutcomeDocument,
    "\n  query IntroductionById($id: ID!) {\n    introduction(id: $id) { ...IntroductionFields need { id organisationId } resource { id name ownerName } }\n  }\n": typeof types.IntroductionByIdDocument,
    "\n  query Introductions($status: [IntroductionStatus!], $needId: ID, $resourceId: ID) {\n    introductions(first: 100, status: $status, needId: $needId, resourceId: $resourceId) { totalCount edges { node { id status outcome organisationId resourceId } } }\n  }\n": typeof types.IntroductionsDocument,
    "\n  query MatchmakingFunnel($fromMonth: String, $toMonth: String) {\n    matchmakingFunnel(fromMonth: $fromMonth, toMonth: $toMonth) { fromMonth toMonth rows { month kind proposed accepted declined met deals } }\n  }\n": typeof types.MatchmakingFunnelDocument,
    "query MatchmakingSettings { matchmakingSettings { reminderDays } }": typeof types.MatchmakingSettingsDocument,
    "\n  mutation SetMatchmakingSettings($input: SetMatchmakingSettingsInput!) { setMatchmakingSettings(input: $input) { settings { reminderDays } userErrors { code field } } }\n": typeof types.SetMatchmakingSettingsDocument,
    "query MatchmakingMe { me { id } }": typeof types.MatchmakingMeDocument,
    "\n  query MatchmakingNotifications { notifications(first: 50) { edges { node { kind link params { name value } } } } }\n": typeof types.MatchmakingNotificationsDocument,
    "\n  query MatchmakingAudit($action: String) { auditEvents(first: 50, action: $action) { edges { node { action targetId detailsJson } } } }\n": typeof types.MatchmakingAuditDocument,
    "\n  mutation ProposeIntroductions($input: ProposeIntroductionsInput!) {\n    proposeIntroductions(input: $input) { introductions { id needId resourceId status choice } userErrors { code field message } }\n  }\n": typeof types.ProposeIntroductionsDocument,
    "\n  fragment MilestoneFields on Milestone {\n    id projectId key title dueOn evidenceRequested status evidence evidenceUrl submittedAt decidedAt decisionNote\n  }\n": typeof types.MilestoneFieldsFragmentDoc,
    "\n  query ProjectMilestones($id: ID!) {\n    project(id: $id) {\n      id\n      milestones { ...MilestoneFields }\n      nextMilestone { key }\n      overdueMilestones { key }\n      milestoneHistory { milestoneId kind note actorName at }\n    }\n  }\n": typeof types.ProjectMilestonesDocument,
    "\n  mutation AddMilestone($input: AddMilestoneInput!) {\n    addMilestone(input: $input) { milestone { ...MilestoneFields } userErrors { code field } }\n  }\n": typeof types.AddMilestoneDocument,
    "\n  mutation SubmitMilestoneEvidence($input: SubmitMilestoneEvidenceInput!) {\n    submitMilestoneEvidence(input: $input) { milestone { ...MilestoneFields } userErrors { code field } }\n  }\n": typeof types.SubmitMilestoneEvidenceDocument,
    "\n  mutation AcceptMilestone($input: AcceptMilestoneInput!) {\n    acceptMilestone(input: $input) { milestone { ...MilestoneFields } userErrors { code field } }\n  }\n": typeof types.AcceptMilestoneDocument,
    "\n  mutation ReturnMilestone($input: ReturnMilestoneInput!) {\n    returnMilestone(input: $input) { milestone { ...MilestoneFields } userErrors { code field } }\n  }\n": typeof types.ReturnMilestoneDocument,
    "\n  query MyNotifications($first: Int!, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges { cursor node { id kind params { name value } link createdAt readAt } }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n    unreadNotificationCount\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { markedCount userErrors { code field } } }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) { preference { kind inApp email isDefault } userErrors { code field } }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  query NotificationPreferences { notificationPreferences { kind inApp email isDefault } }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation RejectVoucherApplicationForTest($input: RejectVoucherApplicationInput!) { rejectVoucherApplication(input: $input) { userErrors { code field } } }\n": typeof types.RejectVoucherApplicationForTestDocument,
    "\n  query OrganisationProjectStages($id: ID!) { organisation(id: $id) { projects(first: 100) { edges { node { id stage history { id } } } } } }\n": typeof types.OrganisationProjectStagesDocument,
    "\n  query OrganisationsWithProjects { organisations(first: 100) { edges { node { id name projects { edges { node { id } } } } } } }\n": typeof types.OrganisationsWithProjectsDocument,
    "\n  query OrganisationAllocationIds($org: ID) { allocationRequests(first: 100, organisationId: $org) { edges { node { id } } } }\n": typeof types.OrganisationAllocationIdsDocument,
    "\n  query VisibleOrganisationsAndProjects {\n    me { organisation { id name } }\n    organisations { totalCount edges { node { name } } }\n    projects(first: 100) { edges { node { organisation { name } } } }\n  }\n": typeof types.VisibleOrganisationsAndProjectsDocument,
    "\n  fragment PortfolioFiguresFields on PortfolioFigures { startups sharesHeld committedFen releasedFen drawnFen remainingFen impliedValueFen }\n": typeof types.PortfolioFiguresFieldsFragmentDoc,
    "\n  query Portfolio {\n    portfolio {\n      asOf\n      totals { ...PortfolioFiguresFields }\n      holdings {\n        organisationId organisationName industry kind stage stages creditLines latestCreditLineId postMoneyShares percentBasisPoints pricePerShareMicroYuan\n        figures { ...PortfolioFiguresFields }\n        usage { month cardSeconds cardHours invoicedFen }\n      }\n      byIndustry { industry figures { ...PortfolioFiguresFields } }\n      byStage { stage figures { ...PortfolioFiguresFields } }\n    }\n  }\n": typeof types.PortfolioDocument,
    "\n  query CreditLineById($id: ID!) {\n    creditLine(id: $id) {\n      id organisationId projectId status creditFen drawnFen remainingFen drawableFen totalShares sharesIssued\n      tranches { trancheNo status creditFen drawnFen shares }\n      draws { id invoiceId invoiceNumber amountFen drawnAt }\n    }\n  }\n": typeof types.CreditLineByIdDocument,
    "\n  query TermSheetCreditLineId($id: ID!) { termSheet(id: $id) { id status creditLine { id } } }\n": typeof types.TermSheetCreditLineIdDocument,
    "\n  query ProjectPage($first: Int!) {\n    projects(first: $first) { totalCount edges { node { id name organisation { name } allocationSummary { queuedRequests } } } }\n  }\n": typeof types.ProjectPageDocument,
    "\n  mutation ApplyForProjectCodes($input: ApplyForProjectInput!) { applyForProject(input: $input) { project { id } userErrors { code } } }\n": typeof types.ApplyForProjectCodesDocument,
    "query MeAndProjectCount { me { email } projects(first: 5) { totalCount } }": typeof types.MeAndProjectCountDocument,
    "\n  fragment LifecycleProjectFields on Project {\n    id name stage lastTransitionReason availableTransitions cardType cardCountEstimate budgetFen\n    history { fromStage toStage reasonCode reason actor { email } actorName createdAt }\n    adaptation { sourcePlatform targetPlatform startedAt dueAt completedItems overdue chargeFen }\n  }\n": typeof types.LifecycleProjectFieldsFragmentDoc,
    "\n  mutation ApplyForProject($input: ApplyForProjectInput!) {\n    applyForProject(input: $input) { project { ...LifecycleProjectFields } userErrors { code message field } }\n  }\n": typeof types.ApplyForProjectDocument,
    "\n  mutation TransitionProject($input: TransitionProjectInput!) {\n    transitionProject(input: $input) { project { ...LifecycleProjectFields } userErrors { code message field } }\n  }\n": typeof types.TransitionProjectDocument,
    "\n  mutation SetAdaptationChecklistItem($input: SetAdaptationChecklistItemInput!) {\n    setAdaptationChecklistItem(input: $input) { project { ...LifecycleProjectFields } userErrors { code message } }\n  }\n": typeof types.SetAdaptationChecklistItemDocument,
    "query GetProject($id: ID!) { project(id: $id) { ...LifecycleProjectFields } }": typeof types.GetProjectDocument,
    "query MyDisplayName { me { displayName } }": typeof types.MyDisplayNameDocument,
    "query ProjectNames { projects(first: 100) { edges { node { name } } } }": typeof types.ProjectNamesDocument,
    "\n  query OrganisationKinds($tenantsOnly: Boolean) { organisations(first: 100, tenantsOnly: $tenantsOnly) { totalCount edges { node { kind } } } }\n": typeof types.OrganisationKindsDocument,
    "query OverdueAdaptations { overdueAdaptations { totalCount edges { node { name adaptation { overdue } } } } }": typeof types.OverdueAdaptationsDocument,
    "query PipelineColumns { pipeline(perStage: 1) { stage totalCount projects { id } } }": typeof types.PipelineColumnsDocument,
    "\n  query PipelineBoard($search: String, $industry: Industry, $overdueOnly: Boolean!) {\n    pipeline(perStage: 100, search: $search, industry: $industry, overdueOnly: $overdueOnly) {\n      stage totalCount projects { name stage organisation { name industry } adaptation { overdue } }\n    }\n  }\n": typeof types.PipelineBoardDocument,
    "\n  query ProjectPageAfter($after: String) { projects(first: 3, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }\n": typeof types.ProjectPageAfterDocument,
    "mutation ScenarioCreateOrganisation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id name } userErrors { code field } } }": typeof types.ScenarioCreateOrganisationDocument,
    "mutation ScenarioInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { inviteUrl userErrors { code field } } }": typeof types.ScenarioInviteUserDocument,
    "mutation ScenarioAcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { id email } userErrors { code field } } }": typeof types.ScenarioAcceptInvitationDocument,
    "mutation ScenarioApplyForProject($input: ApplyForProjectInput!) { applyForProject(input: $input) { project { id name stage } userErrors { code field } } }": typeof types.ScenarioApplyForProjectDocument,
    "mutation ScenarioTransitionProject($input: TransitionProjectInput!) { transitionProject(input: $input) { project { id stage } userErrors { code field } } }": typeof types.ScenarioTransitionProjectDocument,
    "mutation ScenarioCheckAdaptationItem($input: SetAdaptationChecklistItemInput!) { setAdaptationChecklistItem(input: $input) { project { id } userErrors { code } } }": typeof types.ScenarioCheckAdaptationItemDocument,
    "mutation ScenarioCreateCluster($input: CreateClusterInput!) { createCluster(input: $input) { cluster { id name } userErrors { code field } } }": typeof types.ScenarioCreateClusterDocument,
    "mutation ScenarioAddNodes($input: AddNodesInput!) { addNodes(input: $input) { cluster { id nodes { id name cardType cards { id } } } userErrors { code field } } }": typeof types.ScenarioAddNodesDocument,
    "query ScenarioCentre { organisations(first: 1, kind: CENTRE) { edges { node { id } } } }": typeof types.ScenarioCentreDocument,
    "\n  query TermSheetNames($id: ID!) {\n    termSheet(id: $id) {\n      id projectName organisationName\n      proposers { versionNo name }\n      acceptances { side userName }\n    }\n  }\n": typeof types.TermSheetNamesDocument,
    "\n  query WorkingCalendarOfYear($year: Int!) {\n    workingCalendar(year: $year) {\n      year\n      workingDayCount\n      days { day kind name source updatedAt }\n      businessHours { dayStartMinute dayEndMinute timeZone }\n    }\n  }\n": typeof types.WorkingCalendarOfYearDocument,
    "\n  mutation SetCalendarDayForTest($input: SetCalendarDayInput!) {\n    setCalendarDay(input: $input) {\n      calendarDay { day kind name source }\n      userErrors { code field }\n    }\n  }\n": typeof types.SetCalendarDayForTestDocument,
    "\n  mutation RemoveCalendarDayForTest($input: RemoveCalendarDayInput!) {\n    removeCalendarDay(input: $input) {\n      removedDay\n      userErrors { code field }\n    }\n  }\n": typeof types.RemoveCalendarDayForTestDocument,
    "\n  mutation SetBusinessHoursForTest($input: SetBusinessHoursInput!) {\n    setBusinessHours(input: $input) {\n      businessHours { dayStartMinute dayEndMinute timeZone }\n      userErrors { code field }\n    }\n  }\n": typeof types.SetBusinessHoursForTestDocument,
    "\n  query CalendarAuditEvents($action: String) {\n    auditEvents(first: 20, action: $action) {\n      edges { node { action targetId detailsJson } }\n    }\n  }\n": typeof types.CalendarAuditEventsDocument,
};
const documents: Documents = {
    "\n  mutation SignInCodes($input: SignInInput!) { signIn(input: $input) { token userErrors { code } } }\n": types.SignInCodesDocument,
    "\n  query AuditEvents($first: Int!, $action: String, $org: ID) {\n    auditEvents(first: $first, action: $action, organisationId: $org) {\n      totalCount\n      edges { node { id at action actorKind actorId targetType targetId organisationId detailsJson ip actor { email } } }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  fragment AllocationRequestFields on AllocationRequest {\n    id state cards cardType priority requestedPriority urgency urgencyDecidedAt queuePosition estimatedStartAt preemptAt startedAt endsAt\n    finishedAt endReason cardHours waitReason(locale: \"en\") { code message }\n  }\n": types.AllocationRequestFieldsFragmentDoc,
    "\n  mutation CreateAllocationRequest($input: CreateAllocationRequestInput!) {\n    createAllocationRequest(input: $input) { allocationRequest { ...AllocationRequestFields } userErrors { code message field } }\n  }\n": types.CreateAllocationRequestDocument,
    "\n  mutation CancelAllocationRequest($id: ID!) { cancelAllocationRequest(input: { id: $id }) { allocationRequest { id state } userErrors { code } } }\n": types.CancelAllocationRequestDocument,
    "\n  mutation FinishAllocation($id: ID!) { finishAllocation(input: { id: $id }) { allocationRequest { id state } userErrors { code } } }\n": types.FinishAllocationDocument,
    "\n  query GetAllocationRequest($id: ID!) { allocationRequest(id: $id) { ...AllocationRequestFields } }\n": types.GetAllocationRequestDocument,
    "\n  query AllocationWaitReason($id: ID!) { allocationRequest(id: $id) { waitReason { message } } }\n": types.AllocationWaitReasonDocument,
    "\n  mutation ApproveUrgentRequest($id: ID!) {\n    approveUrgentRequest(input: { id: $id }) { allocationRequest { ...AllocationRequestFields } userErrors { code message } }\n  }\n": types.ApproveUrgentRequestDocument,
    "\n  mutation DeclineUrgentRequest($id: ID!) {\n    declineUrgentRequest(input: { id: $id }) { allocationRequest { ...AllocationRequestFields } userErrors { code message } }\n  }\n": types.DeclineUrgentRequestDocument,
    "\n  query UrgentRequestsAwaitingApproval { urgentRequestsAwaitingApproval { id requestedPriority } }\n": types.UrgentRequestsAwaitingApprovalDocument,
    "\n  mutation SetOrganisationScheduling($input: SetOrganisationSchedulingInput!) {\n    setOrganisationScheduling(input: $input) {\n      organisationScheduling { weight quotaCards urgentCardHoursPerMonth urgentCardHoursUsed maxOpenRequests openRequestLimit }\n      userErrors { code }\n    }\n  }\n": types.SetOrganisationSchedulingDocument,
    "\n  query OrganisationSchedulingRows {\n    organisationScheduling(first: 100) { centreCards edges { node { weight quotaCards urgentCardHoursPerMonth organisation { id } } } }\n  }\n": types.OrganisationSchedulingRowsDocument,
    "\n  query UrgentBudget { urgentBudget { cardHoursPerMonth usedCardHours remainingCardHours periodStart periodEnd } }\n": types.UrgentBudgetDocument,
    "query ClusterCards { clusters { nodes { cards { id } } } }": types.ClusterCardsDocument,
    "query OpenRequestCount { allocationRequests(first: 1, states: [QUEUED, RUNNING]) { totalCount } }": types.OpenRequestCountDocument,
    "query RequestCount { allocationRequests(first: 1) { totalCount } }": types.RequestCountDocument,
    "query MyOrganisation { me { organisation { id } } }": types.MyOrganisationDocument,
    "\n  mutation CreateAllocationRequestCodes($input: CreateAllocationRequestInput!) {\n    createAllocationRequest(input: $input) { allocationRequest { id state } userErrors { code } }\n  }\n": types.CreateAllocationRequestCodesDocument,
    "\n  query AllocationRequestTimes($id: ID!) { allocationRequest(id: $id) { id state queuePosition startedAt finishedAt } }\n": types.AllocationRequestTimesDocument,
    "\n  mutation CancelAllocationRequestCodes($id: ID!) { cancelAllocationRequest(input: { id: $id }) { userErrors { code } } }\n": types.CancelAllocationRequestCodesDocument,
    "\n  mutation CreateAllocationRequestWithOwner($input: CreateAllocationRequestInput!) {\n    createAllocationRequest(input: $input) {\n      allocationRequest { ...AllocationRequestFields clusterId project { id } organisation { name } }\n      userErrors { code message field }\n    }\n  }\n": types.CreateAllocationRequestWithOwnerDocument,
    "\n  mutation CancelAllocationRequestWithFields($id: ID!) {\n    cancelAllocationRequest(input: { id: $id }) { allocationRequest { ...AllocationRequestFields } userErrors { code } }\n  }\n": types.CancelAllocationRequestWithFieldsDocument,
    "\n  query AllocationQueueOf($cardType: String, $cluster: ID) {\n    allocationQueue(cardType: $cardType, clusterId: $cluster) { id queuePosition organisation { name } }\n  }\n": types.AllocationQueueOfDocument,
    "\n  mutation SetWeightAndQuota($org: ID!) {\n    setOrganisationScheduling(input: { organisationId: $org, weight: 2, quotaCards: 4 }) {\n      organisationScheduling { weight quotaCards organisation { name } }\n      userErrors { code }\n    }\n  }\n": types.SetWeightAndQuotaDocument,
    "query FortnightUsage { usage(days: 14) { totalCardHours daily { day cardHours } byProject { projectId } } }": types.FortnightUsageDocument,
    "query OrganisationSchedulingCount { organisationScheduling { totalCount } }": types.OrganisationSchedulingCountDocument,
    "\n  mutation CreateTelemetryToken { createApiToken(input: { name: \"telemetry\", scopes: [\"telemetry\"] }) { token } }\n": types.CreateTelemetryTokenDocument,
    "\n  query DemoQueue {\n    allocationQueue(cardType: \"Ascend 910B\", first: 500) {\n      id queuePosition cards priority\n      organisation { name kind }\n      project { name }\n      waitReason(locale: \"en\") { code params }\n    }\n  }\n": types.DemoQueueDocument,
    "\n  fragment InvoiceFields on Invoice {\n    id kind number status organisationId periodMonth issuedAt dueAt totalFen freeFen voucherFen equityFen cashFen paidFen creditedFen balanceFen overdue pdfPath\n    lines { id cardType cardSeconds unitPriceFen amountFen freeFen voucherFen equityFen cashFen adaptation }\n  }\n": types.InvoiceFieldsFragmentDoc,
    "\n  query Invoices($first: Int!, $periodMonth: String, $status: String, $organisationId: ID) {\n    invoices(first: $first, periodMonth: $periodMonth, status: $status, organisationId: $organisationId) {\n      totalCount\n      edges { node { ...InvoiceFields } }\n    }\n  }\n": types.InvoicesDocument,
    "\n  query InvoiceById($id: ID!) { invoice(id: $id) { ...InvoiceFields payments { id amountFen bankReference } creditNotes { id number totalFen } } }\n": types.InvoiceByIdDocument,
    "\n  mutation RunBilling($input: RunBillingInput!) {\n    runBilling(input: $input) { run { id periodMonth status invoicesCreated organisationsSkipped problems { organisationId code cardType } } userErrors { code field } }\n  }\n": types.RunBillingDocument,
    "\n  mutation IssueInvoice($input: IssueInvoiceInput!) { issueInvoice(input: $input) { invoice { ...InvoiceFields } userErrors { code field } } }\n": types.IssueInvoiceDocument,
    "\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) { invoice { id status paidFen balanceFen } payment { id amountFen } userErrors { code field } }\n  }\n": types.RecordPaymentDocument,
    "\n  mutation CreateCreditNote($input: CreateCreditNoteInput!) {\n    createCreditNote(input: $input) { invoice { id status creditedFen balanceFen } creditNote { id number kind totalFen cashFen } userErrors { code field } }\n  }\n": types.CreateCreditNoteDocument,
    "\n  mutation SetCardPrice($input: SetCardPriceInput!) { setCardPrice(input: $input) { price { id priceFen effectiveFrom } userErrors { code field } } }\n": types.SetCardPriceDocument,
    "\n  query PriceList { priceList { cardType current { id priceFen marketPriceFen discountBasisPoints } next { priceFen } history { id } } }\n": types.PriceListDocument,
    "\n  query LedgerHealth { ledgerCheck { healthy totalFen unbalancedTransactions receivableMismatches voucherMismatches } billingBalance { outstandingFen overdueFen openCount } }\n": types.LedgerHealthDocument,
    "\n  query VoucherProgrammes { voucherProgrammes { id year status budgetFen coverageBasisPoints perOrganisationCapFen minimumClaimFen figures { committedFen redeemedFen remainingFen } } }\n": types.VoucherProgrammesDocument,
    "\n  mutation CreateVoucherProgramme($input: CreateVoucherProgrammeInput!) {\n    createVoucherProgramme(input: $input) { programme { id year budgetFen } userErrors { code field } }\n  }\n": types.CreateVoucherProgrammeDocument,
    "\n  mutation ApplyForVoucher($input: ApplyForVoucherInput!) { applyForVoucher(input: $input) { application { id status requestedFen } userErrors { code field } } }\n": types.ApplyForVoucherDocument,
    "\n  mutation ApproveVoucherApplication($input: ApproveVoucherApplicationInput!) {\n    approveVoucherApplication(input: $input) { application { id status approvedFen } voucher { id code balanceFen faceValueFen validUntil } userErrors { code field } }\n  }\n": types.ApproveVoucherApplicationDocument,
    "\n  query MyVouchers { vouchers { id code organisationId balanceFen faceValueFen status redemptions { invoiceNumber amountFen } } }\n": types.MyVouchersDocument,
    "\n  query VoucherSettlementQuery($programmeId: ID!, $period: String!) {\n    voucherSettlement(programmeId: $programmeId, period: $period) { totalFen lines { organisationName invoiceNumber voucherCode amountFen } }\n  }\n": types.VoucherSettlementQueryDocument,
    "\n  mutation MarkRelatedParty($input: MarkRelatedPartyInput!) { markRelatedParty(input: $input) { relatedParty userErrors { code } } }\n": types.MarkRelatedPartyDocument,
    "\n  query CostQuote($cardType: String!, $cards: Int!, $durationSeconds: Int!, $adaptation: Boolean!) {\n    costQuote(cardType: $cardType, cards: $cards, durationSeconds: $durationSeconds, adaptation: $adaptation) { priced pricePerCardHourFen amountFen freeFen voucherFen cashFen }\n  }\n": types.CostQuoteDocument,
    "\n  query BillingSettingsOp { billingSettings { paymentTermsDays payerOrder } }\n": types.BillingSettingsOpDocument,
    "\n  mutation UpdateBillingSettings($input: UpdateBillingSettingsInput!) {\n    updateBillingSettings(input: $input) { settings { paymentTermsDays payerOrder } userErrors { code field } }\n  }\n": types.UpdateBillingSettingsDocument,
    "\n  fragment CapTableFields on CapTable {\n    organisationId organisationName totalIssuedShares totalBoughtBackShares totalOutstandingShares totalFullyDilutedShares\n    shareClasses { id name classType seniority sharesAuthorised outstandingShares }\n    stakeholders { id name kind entityType shares fullyDilutedShares outstandingBasisPoints fullyDilutedBasisPoints byClass { shareClassId shares } }\n    history {\n      id kind at stakeholderId stakeholderName shareClassId shares pricePerShareFen priceFen source creditLineId trancheNumber issuanceId considerationText recordedById recordedByName recordedAt\n    }\n    creditLines {\n      id termSheetId projectId status creditFen drawnFen totalShares sharesIssued sharesBoughtBack pricePerShareFen shareClassId expiresAt buyBackUntil buyBackPremiumBasisPoints buyBackOpen\n    }\n  }\n": types.CapTableFieldsFragmentDoc,
    "\n  query CapTableOf($organisationId: ID!) { capTable(organisationId: $organisationId) { ...CapTableFields } }\n": types.CapTableOfDocument,
    "\n  query CapTableListings { capTables { organisationId organisationName stakeholderCount totalOutstandingShares centreShares creditLineCount } }\n": types.CapTableListingsDocument,
    "\n  mutation AddStakeholder($input: AddStakeholderInput!) { addStakeholder(input: $input) { capTable { ...CapTableFields } userErrors { code field message } } }\n": types.AddStakeholderDocument,
    "\n  mutation AddShareClass($input: AddShareClassInput!) { addShareClass(input: $input) { capTable { ...CapTableFields } userErrors { code field message } } }\n": types.AddShareClassDocument,
    "\n  mutation RecordIssuance($input: RecordIssuanceInput!) { recordIssuance(input: $input) { capTable { ...CapTableFields } userErrors { code field message } } }\n": types.RecordIssuanceDocument,
    "\n  mutation RecordBuyBack($input: RecordBuyBackInput!) { recordBuyBack(input: $input) { capTable { ...CapTableFields } userErrors { code field message } } }\n": types.RecordBuyBackDocument,
    "\n  mutation CreateClusterWithDescription($input: CreateClusterInput!) {\n    createCluster(input: $input) { cluster { id name description } userErrors { code field } }\n  }\n": types.CreateClusterWithDescriptionDocument,
    "mutation AddNodesCodes($input: AddNodesInput!) { addNodes(input: $input) { cluster { id } userErrors { code } } }": types.AddNodesCodesDocument,
    "\n  mutation RetireNode($id: ID!) { retireNode(input: { nodeId: $id }) { node { id name drained retiredAt } userErrors { code field } } }\n": types.RetireNodeDocument,
    "\n  mutation DrainNodeForDecommissioning($id: ID!) {\n    drainNode(input: { nodeId: $id, reason: \"decommissioning (e2e)\" }) { node { drained } userErrors { code } }\n  }\n": types.DrainNodeForDecommissioningDocument,
    "mutation RestoreNode($id: ID!) { restoreNode(input: { nodeId: $id }) { node { drained } userErrors { code } } }": types.RestoreNodeDocument,
    "\n  query ClusterGrid($id: ID!) {\n    cluster(id: $id) { id cardTypes utilisation { totalCards healthyCards } nodes { id name drained cards { holder { allocationId } } } }\n  }\n": types.ClusterGridDocument,
    "query ClusterIds { clusters { id name } }": types.ClusterIdsDocument,
    "query ClusterCardHolders { clusters { id nodes { id cardType cards { id holder { allocationId } } } } }": types.ClusterCardHoldersDocument,
    "\n  query MyClusterCardHolders { clusters { id nodes { cardType cards { holder { allocationId mine } } } } }\n": types.MyClusterCardHoldersDocument,
    "\n  mutation DrainNodeForRepair($id: ID!) {\n    drainNode(input: { nodeId: $id, reason: \"fan replacement\" }) { node { drained cards { health } } userErrors { code } }\n  }\n": types.DrainNodeForRepairDocument,
    "\n  mutation ReportCardFailed($id: ID!) {\n    reportCardHealth(input: { cardId: $id, health: FAILED }) { card { health holder { allocationId } } userErrors { code } }\n  }\n": types.ReportCardFailedDocument,
    "\n  mutation ReportCardHealthy($id: ID!) { reportCardHealth(input: { cardId: $id, health: HEALTHY }) { userErrors { code } } }\n": types.ReportCardHealthyDocument,
    "\n  mutation CreateCluster($input: CreateClusterInput!) { createCluster(input: $input) { cluster { id name } userErrors { code field } } }\n": types.CreateClusterDocument,
    "\n  mutation RenameCluster($input: RenameClusterInput!) { renameCluster(input: $input) { cluster { id name } userErrors { code field } } }\n": types.RenameClusterDocument,
    "\n  mutation DeleteCluster($input: DeleteClusterInput!) { deleteCluster(input: $input) { deletedClusterId userErrors { code field } } }\n": types.DeleteClusterDocument,
    "\n  fragment TicketFields on Ticket {\n    id organisationId category priority subject status assigneeId assigneeName linkedKind linkedId firstResponseAt resolvedAt closedAt satisfaction satisfactionComment\n    messages { id visibility body authorName mine linkedArticles { articleId slug titleZh titleEn published } }\n    slaTargets { kind targetMinutes usedMinutes minutesLeft deadline state metAt }\n    escalations { kind priorityBefore priorityAfter notifiedCount }\n    statusHistory { fromStatus toStatus }\n  }\n": types.TicketFieldsFragmentDoc,
    "query MyId { me { id } }": types.MyIdDocument,
    "query TicketById($id: ID!) { ticket(id: $id) { ...TicketFields } }": types.TicketByIdDocument,
    "\n  query TicketQueue($status: [TicketStatus!], $breached: Boolean, $mine: Boolean) {\n    tickets(first: 50, status: $status, breached: $breached, mine: $mine) { totalCount edges { node { id status subject slaTargets { kind state minutesLeft } } } }\n  }\n": types.TicketQueueDocument,
    "\n  mutation OpenTicket($input: OpenTicketInput!) { openTicket(input: $input) { ticket { ...TicketFields } userErrors { code field } } }\n": types.OpenTicketDocument,
    "\n  mutation ReplyToTicket($input: PostTicketMessageInput!) { replyToTicket(input: $input) { ticket { id status } message { id } userErrors { code field } } }\n": types.ReplyToTicketDocument,
    "\n  mutation AddTicketNote($input: PostTicketMessageInput!) { addTicketNote(input: $input) { message { id visibility } userErrors { code field } } }\n": types.AddTicketNoteDocument,
    "\n  mutation ChangeTicketStatus($input: ChangeTicketStatusInput!) { changeTicketStatus(input: $input) { ticket { id status } userErrors { code field } } }\n": types.ChangeTicketStatusDocument,
    "\n  mutation RateTicket($input: RateTicketInput!) { rateTicket(input: $input) { ticket { id satisfaction satisfactionComment } userErrors { code field } } }\n": types.RateTicketDocument,
    "\n  mutation AssignTickets($input: AssignTicketsInput!) { assignTickets(input: $input) { tickets { id assigneeId } userErrors { code field } } }\n": types.AssignTicketsDocument,
    "\n  mutation AttachToTicketMessage($input: AttachToTicketMessageInput!) {\n    attachToTicketMessage(input: $input) { attachment { id fileName sizeBytes contentType } userErrors { code field } }\n  }\n": types.AttachToTicketMessageDocument,
    "\n  mutation SetConsultantGroup($input: SetConsultantGroupInput!) {\n    setConsultantGroup(input: $input) { group { id category leadUserId members { userId } } userErrors { code field } }\n  }\n": types.SetConsultantGroupDocument,
    "\n  mutation SetSlaPolicy($input: SetSlaPolicyInput!) { setSlaPolicy(input: $input) { policy { category priority firstResponseMinutes resolutionMinutes } userErrors { code field } } }\n": types.SetSlaPolicyDocument,
    "query SlaPolicies { slaPolicies { category priority firstResponseMinutes resolutionMinutes } }": types.SlaPoliciesDocument,
    "\n  query SatisfactionReport($fromMonth: String!, $toMonth: String!) {\n    satisfactionReport(fromMonth: $fromMonth, toMonth: $toMonth) {\n      fromMonth toMonth\n      byConsultant { consultantId consultantName ratings averageScoreHundredths counts lowScores }\n      byCategory { category ratings averageScoreHundredths counts lowScores }\n      byMonth { month ratings averageScoreHundredths counts lowScores }\n    }\n  }\n": types.SatisfactionReportDocument,
    "\n  query TicketAttachments($id: ID!) { ticket(id: $id) { id attachments { id messageId fileName contentType sizeBytes } } }\n": types.TicketAttachmentsDocument,
    "\n  fragment TermSheetFields on TermSheet {\n    id organisationId projectId status signedVersionNo withdrawnBySide withdrawnReason\n    currentVersion { versionNo proposedBySide contentHash }\n    versions {\n      versionNo proposedBySide createdAt contentHash\n      terms {\n        creditFen preMoneyValuationFen preMoneyFullyDilutedShares shareClass creditExpiresAt\n        tranches { percentBasisPoints release { kind thresholdBasisPoints stage at milestoneKey } }\n        buyBack { months premiumBasisPoints }\n      }\n      derived { postMoneyValuationFen centrePercentBasisPoints centreShares pricePerShareMicroYuan trancheShares trancheCreditFen }\n    }\n    acceptances { versionNo side userId at ip contentHash }\n  }\n": types.TermSheetFieldsFragmentDoc,
    "\n  query TermSheets($projectId: ID) { termSheets(projectId: $projectId) { ...TermSheetFields } }\n": types.TermSheetsDocument,
    "\n  query TermSheetById($id: ID!) { termSheet(id: $id) { ...TermSheetFields } }\n": types.TermSheetByIdDocument,
    "\n  query TermSheetDiff($termSheetId: ID!, $fromVersionNo: Int!, $toVersionNo: Int!) {\n    termSheetDiff(termSheetId: $termSheetId, fromVersionNo: $fromVersionNo, toVersionNo: $toVersionNo) { field before after }\n  }\n": types.TermSheetDiffDocument,
    "\n  mutation ProposeTermSheet($input: ProposeTermSheetInput!) {\n    proposeTermSheet(input: $input) { termSheet { ...TermSheetFields } userErrors { code field message } }\n  }\n": types.ProposeTermSheetDocument,
    "\n  mutation CounterOfferTermSheet($input: CounterOfferTermSheetInput!) {\n    counterOfferTermSheet(input: $input) { termSheet { ...TermSheetFields } userErrors { code field message } }\n  }\n": types.CounterOfferTermSheetDocument,
    "\n  mutation AcceptTermSheetVersion($input: AcceptTermSheetVersionInput!) {\n    acceptTermSheetVersion(input: $input) { termSheet { ...TermSheetFields } userErrors { code field message } }\n  }\n": types.AcceptTermSheetVersionDocument,
    "\n  mutation WithdrawTermSheet($input: WithdrawTermSheetInput!) {\n    withdrawTermSheet(input: $input) { termSheet { ...TermSheetFields } userErrors { code field message } }\n  }\n": types.WithdrawTermSheetDocument,
    "\n  query EquityMe { me { id } }\n": types.EquityMeDocument,
    "\n  fragment KbArticleResult on KbArticlePayload {\n    article { id slug status deflectionCount hasUnpublishedChanges published { version titleZh } versions { version } }\n    userErrors { code field message }\n  }\n": types.KbArticleResultFragmentDoc,
    "\n  mutation TestCreateKbArticle($input: CreateKbArticleInput!) { createKbArticle(input: $input) { ...KbArticleResult } }\n": types.TestCreateKbArticleDocument,
    "\n  mutation TestUpdateKbArticleDraft($input: UpdateKbArticleDraftInput!) { updateKbArticleDraft(input: $input) { ...KbArticleResult } }\n": types.TestUpdateKbArticleDraftDocument,
    "\n  mutation TestPublishKbArticle($articleId: ID!) { publishKbArticle(articleId: $articleId) { ...KbArticleResult } }\n": types.TestPublishKbArticleDocument,
    "\n  mutation TestUnpublishKbArticle($articleId: ID!) { unpublishKbArticle(articleId: $articleId) { ...KbArticleResult } }\n": types.TestUnpublishKbArticleDocument,
    "\n  mutation TestMarkKbArticleHelpful($articleId: ID!) {\n    markKbArticleHelpful(articleId: $articleId) { counted article { id deflectionCount helpfulByMe } userErrors { code } }\n  }\n": types.TestMarkKbArticleHelpfulDocument,
    "\n  query TestKbArticle($id: ID, $slug: String) {\n    kbArticle(id: $id, slug: $slug) { id status viewCount deflectionCount linkedInReplies helpfulByMe draft { bodyZh } published { version bodyZh } }\n  }\n": types.TestKbArticleDocument,
    "\n  query TestKbArticles { kbArticles { id slug deflectionCount viewCount linkedInReplies } }\n": types.TestKbArticlesDocument,
    "\n  query TestKbSearch($query: String!, $locale: KbLanguage!) { kbSearch(query: $query, locale: $locale) { articleId title } }\n": types.TestKbSearchDocument,
    "\n  fragment MatchResourceFields on MatchResource {\n    id kind name description ownerUserId ownerOrganisationId ownerName capacity capacityPeriod available availableFrom availableUntil mine\n    tags { industries technologies stages regions }\n    capacityUse { capacity taken left periodLabelZh periodLabelEn }\n  }\n": types.MatchResourceFieldsFragmentDoc,
    "\n  fragment IntroductionFields on Introduction {\n    id needId resourceId organisationId organisationName status choice score explanationZh explanationEn proposedAt proposedByName\n    startupAnswer startupAnsweredAt resourceAnswer resourceAnsweredAt acceptedAt declinedAt metOn outcome outcomeNotes concludedAt mySides mayRecord\n    reasons { code points textZh textEn }\n  }\n": types.IntroductionFieldsFragmentDoc,
    "\n  fragment MatchNeedFields on MatchNeed {\n    id organisationId organisationName projectId projectName projectStage kind description urgency state competitorOrganisationIds postedByName createdAt closedAt\n    tags { industries technologies stages regions }\n  }\n": types.MatchNeedFieldsFragmentDoc,
    "\n  mutation CreateMatchResource($input: CreateMatchResourceInput!) {\n    createMatchResource(input: $input) { resource { ...MatchResourceFields conflicts { organisationId organisationName reason } } userErrors { code field message } }\n  }\n": types.CreateMatchResourceDocument,
    "\n  mutation UpdateMatchResource($input: UpdateMatchResourceInput!) {\n    updateMatchResource(input: $input) { resource { ...MatchResourceFields conflicts { organisationId reason } } userErrors { code field } }\n  }\n": types.UpdateMatchResourceDocument,
    "\n  query MatchResources($kind: [ResourceKind!]) { matchResources(first: 100, kind: $kind) { totalCount edges { node { id name kind mine } } } }\n": types.MatchResourcesDocument,
    "\n  query MatchResourceById($id: ID!) { matchResource(id: $id) { ...MatchResourceFields conflicts { organisationId reason } } }\n": types.MatchResourceByIdDocument,
    "\n  mutation PostMatchNeed($input: PostMatchNeedInput!) { postMatchNeed(input: $input) { need { ...MatchNeedFields } userErrors { code field message } } }\n": types.PostMatchNeedDocument,
    "\n  mutation UpdateMatchNeed($input: UpdateMatchNeedInput!) { updateMatchNeed(input: $input) { need { ...MatchNeedFields } userErrors { code field } } }\n": types.UpdateMatchNeedDocument,
    "\n  mutation CloseMatchNeed($input: CloseMatchNeedInput!) { closeMatchNeed(input: $input) { need { id state closedAt } userErrors { code field } } }\n": types.CloseMatchNeedDocument,
    "\n  query MatchNeeds($organisationId: ID, $state: [NeedState!]) {\n    matchNeeds(first: 100, organisationId: $organisationId, state: $state) { totalCount edges { node { id organisationId state kind } } }\n  }\n": types.MatchNeedsDocument,
    "\n  query MatchNeedById($id: ID!) { matchNeed(id: $id) { ...MatchNeedFields introductions { id status } } }\n": types.MatchNeedByIdDocument,
    "\n  query MatchNeedSeen($id: ID!) { matchNeed(id: $id) { id organisationId kind description } }\n": types.MatchNeedSeenDocument,
    "query MatchNeedCompetitors($id: ID!) { matchNeed(id: $id) { id competitorOrganisationIds } }": types.MatchNeedCompetitorsDocument,
    "\n  mutation SetOrganisationCompetitors($input: SetOrganisationCompetitorsInput!) { setOrganisationCompetitors(input: $input) { competitorOrganisationIds userErrors { code field } } }\n": types.SetOrganisationCompetitorsDocument,
    "query OrganisationCompetitors($id: ID!) { organisationCompetitors(id: $id) }": types.OrganisationCompetitorsDocument,
    "\n  query MatchSuggestions($rankedPerNeed: Int) {\n    matchSuggestions(rankedPerNeed: $rankedPerNeed) {\n      method totalScore greedyTotalScore computedAt\n      needs {\n        need { id organisationId kind urgency }\n        ranked { resourceId score explanationZh explanationEn reasons { code points } }\n        assigned { resourceId score explanationZh explanationEn resource { id name } }\n      }\n    }\n  }\n": types.MatchSuggestionsDocument,
    "\n  mutation ProposeIntroduction($input: ProposeIntroductionInput!) { proposeIntroduction(input: $input) { introduction { ...IntroductionFields } userErrors { code field message } } }\n": types.ProposeIntroductionDocument,
    "\n  mutation AnswerIntroduction($input: AnswerIntroductionInput!) { answerIntroduction(input: $input) { introduction { ...IntroductionFields } userErrors { code field message } } }\n": types.AnswerIntroductionDocument,
    "\n  mutation RecordIntroductionMeeting($input: RecordIntroductionMeetingInput!) { recordIntroductionMeeting(input: $input) { introduction { id status metOn } userErrors { code field } } }\n": types.RecordIntroductionMeetingDocument,
    "\n  mutation RecordIntroductionOutcome($input: RecordIntroductionOutcomeInput!) {\n    recordIntroductionOutcome(input: $input) { introduction { id status outcome outcomeNotes concludedAt } userErrors { code field } }\n  }\n": types.RecordIntroductionOutcomeDocument,
    "\n  query IntroductionById($id: ID!) {\n    introduction(id: $id) { ...IntroductionFields need { id organisationId } resource { id name ownerName } }\n  }\n": types.IntroductionByIdDocument,
    "\n  query Introductions($status: [IntroductionStatus!], $needId: ID, $resourceId: ID) {\n    introductions(first: 100, status: $status, needId: $needId, resourceId: $resourceId) { totalCount edges { node { id status outcome organisationId resourceId } } }\n  }\n": types.IntroductionsDocument,
    "\n  query MatchmakingFunnel($fromMonth: String, $toMonth: String) {\n    matchmakingFunnel(fromMonth: $fromMonth, toMonth: $toMonth) { fromMonth toMonth rows { month kind proposed accepted declined met deals } }\n  }\n": types.MatchmakingFunnelDocument,
    "query MatchmakingSettings { matchmakingSettings { reminderDays } }": types.MatchmakingSettingsDocument,
    "\n  mutation SetMatchmakingSettings($input: SetMatchmakingSettingsInput!) { setMatchmakingSettings(input: $input) { settings { reminderDays } userErrors { code field } } }\n": types.SetMatchmakingSettingsDocument,
    "query MatchmakingMe { me { id } }": types.MatchmakingMeDocument,
    "\n  query MatchmakingNotifications { notifications(first: 50) { edges { node { kind link params { name value } } } } }\n": types.MatchmakingNotificationsDocument,
    "\n  query MatchmakingAudit($action: String) { auditEvents(first: 50, action: $action) { edges { node { action targetId detailsJson } } } }\n": types.MatchmakingAuditDocument,
    "\n  mutation ProposeIntroductions($input: ProposeIntroductionsInput!) {\n    proposeIntroductions(input: $input) { introductions { id needId resourceId status choice } userErrors { code field message } }\n  }\n": types.ProposeIntroductionsDocument,
    "\n  fragment MilestoneFields on Milestone {\n    id projectId key title dueOn evidenceRequested status evidence evidenceUrl submittedAt decidedAt decisionNote\n  }\n": types.MilestoneFieldsFragmentDoc,
    "\n  query ProjectMilestones($id: ID!) {\n    project(id: $id) {\n      id\n      milestones { ...MilestoneFields }\n      nextMilestone { key }\n      overdueMilestones { key }\n      milestoneHistory { milestoneId kind note actorName at }\n    }\n  }\n": types.ProjectMilestonesDocument,
    "\n  mutation AddMilestone($input: AddMilestoneInput!) {\n    addMilestone(input: $input) { milestone { ...MilestoneFields } userErrors { code field } }\n  }\n": types.AddMilestoneDocument,
    "\n  mutation SubmitMilestoneEvidence($input: SubmitMilestoneEvidenceInput!) {\n    submitMilestoneEvidence(input: $input) { milestone { ...MilestoneFields } userErrors { code field } }\n  }\n": types.SubmitMilestoneEvidenceDocument,
    "\n  mutation AcceptMilestone($input: AcceptMilestoneInput!) {\n    acceptMilestone(input: $input) { milestone { ...MilestoneFields } userErrors { code field } }\n  }\n": types.AcceptMilestoneDocument,
    "\n  mutation ReturnMilestone($input: ReturnMilestoneInput!) {\n    returnMilestone(input: $input) { milestone { ...MilestoneFields } userErrors { code field } }\n  }\n": types.ReturnMilestoneDocument,
    "\n  query MyNotifications($first: Int!, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges { cursor node { id kind params { name value } link createdAt readAt } }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n    unreadNotificationCount\n  }\n": types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { markedCount userErrors { code field } } }\n": types.MarkNotificationsReadDocument,
    "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) { preference { kind inApp email isDefault } userErrors { code field } }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  query NotificationPreferences { notificationPreferences { kind inApp email isDefault } }\n": types.NotificationPreferencesDocument,
    "\n  mutation RejectVoucherApplicationForTest($input: RejectVoucherApplicationInput!) { rejectVoucherApplication(input: $input) { userErrors { code field } } }\n": types.RejectVoucherApplicationForTestDocument,
    "\n  query OrganisationProjectStages($id: ID!) { organisation(id: $id) { projects(first: 100) { edges { node { id stage history { id } } } } } }\n": types.OrganisationProjectStagesDocument,
    "\n  query OrganisationsWithProjects { organisations(first: 100) { edges { node { id name projects { edges { node { id } } } } } } }\n": types.OrganisationsWithProjectsDocument,
    "\n  query OrganisationAllocationIds($org: ID) { allocationRequests(first: 100, organisationId: $org) { edges { node { id } } } }\n": types.OrganisationAllocationIdsDocument,
    "\n  query VisibleOrganisationsAndProjects {\n    me { organisation { id name } }\n    organisations { totalCount edges { node { name } } }\n    projects(first: 100) { edges { node { organisation { name } } } }\n  }\n": types.VisibleOrganisationsAndProjectsDocument,
    "\n  fragment PortfolioFiguresFields on PortfolioFigures { startups sharesHeld committedFen releasedFen drawnFen remainingFen impliedValueFen }\n": types.PortfolioFiguresFieldsFragmentDoc,
    "\n  query Portfolio {\n    portfolio {\n      asOf\n      totals { ...PortfolioFiguresFields }\n      holdings {\n        organisationId organisationName industry kind stage stages creditLines latestCreditLineId postMoneyShares percentBasisPoints pricePerShareMicroYuan\n        figures { ...PortfolioFiguresFields }\n        usage { month cardSeconds cardHours invoicedFen }\n      }\n      byIndustry { industry figures { ...PortfolioFiguresFields } }\n      byStage { stage figures { ...PortfolioFiguresFields } }\n    }\n  }\n": types.PortfolioDocument,
    "\n  query CreditLineById($id: ID!) {\n    creditLine(id: $id) {\n      id organisationId projectId status creditFen drawnFen remainingFen drawableFen totalShares sharesIssued\n      tranches { trancheNo status creditFen drawnFen shares }\n      draws { id invoiceId invoiceNumber amountFen drawnAt }\n    }\n  }\n": types.CreditLineByIdDocument,
    "\n  query TermSheetCreditLineId($id: ID!) { termSheet(id: $id) { id status creditLine { id } } }\n": types.TermSheetCreditLineIdDocument,
    "\n  query ProjectPage($first: Int!) {\n    projects(first: $first) { totalCount edges { node { id name organisation { name } allocationSummary { queuedRequests } } } }\n  }\n": types.ProjectPageDocument,
    "\n  mutation ApplyForProjectCodes($input: ApplyForProjectInput!) { applyForProject(input: $input) { project { id } userErrors { code } } }\n": types.ApplyForProjectCodesDocument,
    "query MeAndProjectCount { me { email } projects(first: 5) { totalCount } }": types.MeAndProjectCountDocument,
    "\n  fragment LifecycleProjectFields on Project {\n    id name stage lastTransitionReason availableTransitions cardType cardCountEstimate budgetFen\n    history { fromStage toStage reasonCode reason actor { email } actorName createdAt }\n    adaptation { sourcePlatform targetPlatform startedAt dueAt completedItems overdue chargeFen }\n  }\n": types.LifecycleProjectFieldsFragmentDoc,
    "\n  mutation ApplyForProject($input: ApplyForProjectInput!) {\n    applyForProject(input: $input) { project { ...LifecycleProjectFields } userErrors { code message field } }\n  }\n": types.ApplyForProjectDocument,
    "\n  mutation TransitionProject($input: TransitionProjectInput!) {\n    transitionProject(input: $input) { project { ...LifecycleProjectFields } userErrors { code message field } }\n  }\n": types.TransitionProjectDocument,
    "\n  mutation SetAdaptationChecklistItem($input: SetAdaptationChecklistItemInput!) {\n    setAdaptationChecklistItem(input: $input) { project { ...LifecycleProjectFields } userErrors { code message } }\n  }\n": types.SetAdaptationChecklistItemDocument,
    "query GetProject($id: ID!) { project(id: $id) { ...LifecycleProjectFields } }": types.GetProjectDocument,
    "query MyDisplayName { me { displayName } }": types.MyDisplayNameDocument,
    "query ProjectNames { projects(first: 100) { edges { node { name } } } }": types.ProjectNamesDocument,
    "\n  query OrganisationKinds($tenantsOnly: Boolean) { organisations(first: 100, tenantsOnly: $tenantsOnly) { totalCount edges { node { kind } } } }\n": types.OrganisationKindsDocument,
    "query OverdueAdaptations { overdueAdaptations { totalCount edges { node { name adaptation { overdue } } } } }": types.OverdueAdaptationsDocument,
    "query PipelineColumns { pipeline(perStage: 1) { stage totalCount projects { id } } }": types.PipelineColumnsDocument,
    "\n  query PipelineBoard($search: String, $industry: Industry, $overdueOnly: Boolean!) {\n    pipeline(perStage: 100, search: $search, industry: $industry, overdueOnly: $overdueOnly) {\n      stage totalCount projects { name stage organisation { name industry } adaptation { overdue } }\n    }\n  }\n": types.PipelineBoardDocument,
    "\n  query ProjectPageAfter($after: String) { projects(first: 3, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }\n": types.ProjectPageAfterDocument,
    "mutation ScenarioCreateOrganisation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id name } userErrors { code field } } }": types.ScenarioCreateOrganisationDocument,
    "mutation ScenarioInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { inviteUrl userErrors { code field } } }": types.ScenarioInviteUserDocument,
    "mutation ScenarioAcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { id email } userErrors { code field } } }": types.ScenarioAcceptInvitationDocument,
    "mutation ScenarioApplyForProject($input: ApplyForProjectInput!) { applyForProject(input: $input) { project { id name stage } userErrors { code field } } }": types.ScenarioApplyForProjectDocument,
    "mutation ScenarioTransitionProject($input: TransitionProjectInput!) { transitionProject(input: $input) { project { id stage } userErrors { code field } } }": types.ScenarioTransitionProjectDocument,
    "mutation ScenarioCheckAdaptationItem($input: SetAdaptationChecklistItemInput!) { setAdaptationChecklistItem(input: $input) { project { id } userErrors { code } } }": types.ScenarioCheckAdaptationItemDocument,
    "mutation ScenarioCreateCluster($input: CreateClusterInput!) { createCluster(input: $input) { cluster { id name } userErrors { code field } } }": types.ScenarioCreateClusterDocument,
    "mutation ScenarioAddNodes($input: AddNodesInput!) { addNodes(input: $input) { cluster { id nodes { id name cardType cards { id } } } userErrors { code field } } }": types.ScenarioAddNodesDocument,
    "query ScenarioCentre { organisations(first: 1, kind: CENTRE) { edges { node { id } } } }": types.ScenarioCentreDocument,
    "\n  query TermSheetNames($id: ID!) {\n    termSheet(id: $id) {\n      id projectName organisationName\n      proposers { versionNo name }\n      acceptances { side userName }\n    }\n  }\n": types.TermSheetNamesDocument,
    "\n  query WorkingCalendarOfYear($year: Int!) {\n    workingCalendar(year: $year) {\n      year\n      workingDayCount\n      days { day kind name source updatedAt }\n      businessHours { dayStartMinute dayEndMinute timeZone }\n    }\n  }\n": types.WorkingCalendarOfYearDocument,
    "\n  mutation SetCalendarDayForTest($input: SetCalendarDayInput!) {\n    setCalendarDay(input: $input) {\n      calendarDay { day kind name source }\n      userErrors { code field }\n    }\n  }\n": types.SetCalendarDayForTestDocument,
    "\n  mutation RemoveCalendarDayForTest($input: RemoveCalendarDayInput!) {\n    removeCalendarDay(input: $input) {\n      removedDay\n      userErrors { code field }\n    }\n  }\n": types.RemoveCalendarDayForTestDocument,
    "\n  mutation SetBusinessHoursForTest($input: SetBusinessHoursInput!) {\n    setBusinessHours(input: $input) {\n      businessHours { dayStartMinute dayEndMinute timeZone }\n      userErrors { code field }\n    }\n  }\n": types.SetBusinessHoursForTestDocument,
    "\n  query CalendarAuditEvents($action: String) {\n    auditEvents(first: 20, action: $action) {\n      edges { node { action targetId detailsJson } }\n    }\n  }\n": types.CalendarAuditEventsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInCodes($input: SignInInput!) { signIn(input: $input) { token userErrors { code } } }\n"): (typeof documents)["\n  mutation SignInCodes($input: SignInInput!) { signIn(input: $input) { token userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($first: Int!, $action: String, $org: ID) {\n    auditEvents(first: $first, action: $action, organisationId: $org) {\n      totalCount\n      edges { node { id at action actorKind actorId targetType targetId organisationId detailsJson ip actor { email } } }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($first: Int!, $action: String, $org: ID) {\n    auditEvents(first: $first, action: $action, organisationId: $org) {\n      totalCount\n      edges { node { id at action actorKind actorId targetType targetId organisationId detailsJson ip actor { email } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AllocationRequestFields on AllocationRequest {\n    id state cards cardType priority requestedPriority urgency urgencyDecidedAt queuePosition estimatedStartAt preemptAt startedAt endsAt\n    finishedAt endReason cardHours waitReason(locale: \"en\") { code message }\n  }\n"): (typeof documents)["\n  fragment AllocationRequestFields on AllocationRequest {\n    id state cards cardType priority requestedPriority urgency urgencyDecidedAt queuePosition estimatedStartAt preemptAt startedAt endsAt\n    finishedAt endReason cardHours waitReason(locale: \"en\") { code message }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAllocationRequest($input: CreateAllocationRequestInput!) {\n    createAllocationRequest(input: $input) { allocationRequest { ...AllocationRequestFields } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation CreateAllocationRequest($input: CreateAllocationRequestInput!) {\n    createAllocationRequest(input: $input) { allocationRequest { ...AllocationRequestFields } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelAllocationRequest($id: ID!) { cancelAllocationRequest(input: { id: $id }) { allocationRequest { id state } userErrors { code } } }\n"): (typeof documents)["\n  mutation CancelAllocationRequest($id: ID!) { cancelAllocationRequest(input: { id: $id }) { allocationRequest { id state } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinishAllocation($id: ID!) { finishAllocation(input: { id: $id }) { allocationRequest { id state } userErrors { code } } }\n"): (typeof documents)["\n  mutation FinishAllocation($id: ID!) { finishAllocation(input: { id: $id }) { allocationRequest { id state } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetAllocationRequest($id: ID!) { allocationRequest(id: $id) { ...AllocationRequestFields } }\n"): (typeof documents)["\n  query GetAllocationRequest($id: ID!) { allocationRequest(id: $id) { ...AllocationRequestFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllocationWaitReason($id: ID!) { allocationRequest(id: $id) { waitReason { message } } }\n"): (typeof documents)["\n  query AllocationWaitReason($id: ID!) { allocationRequest(id: $id) { waitReason { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveUrgentRequest($id: ID!) {\n    approveUrgentRequest(input: { id: $id }) { allocationRequest { ...AllocationRequestFields } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation ApproveUrgentRequest($id: ID!) {\n    approveUrgentRequest(input: { id: $id }) { allocationRequest { ...AllocationRequestFields } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineUrgentRequest($id: ID!) {\n    declineUrgentRequest(input: { id: $id }) { allocationRequest { ...AllocationRequestFields } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation DeclineUrgentRequest($id: ID!) {\n    declineUrgentRequest(input: { id: $id }) { allocationRequest { ...AllocationRequestFields } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UrgentRequestsAwaitingApproval { urgentRequestsAwaitingApproval { id requestedPriority } }\n"): (typeof documents)["\n  query UrgentRequestsAwaitingApproval { urgentRequestsAwaitingApproval { id requestedPriority } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOrganisationScheduling($input: SetOrganisationSchedulingInput!) {\n    setOrganisationScheduling(input: $input) {\n      organisationScheduling { weight quotaCards urgentCardHoursPerMonth urgentCardHoursUsed maxOpenRequests openRequestLimit }\n      userErrors { code }\n    }\n  }\n"): (typeof documents)["\n  mutation SetOrganisationScheduling($input: SetOrganisationSchedulingInput!) {\n    setOrganisationScheduling(input: $input) {\n      organisationScheduling { weight quotaCards urgentCardHoursPerMonth urgentCardHoursUsed maxOpenRequests openRequestLimit }\n      userErrors { code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationSchedulingRows {\n    organisationScheduling(first: 100) { centreCards edges { node { weight quotaCards urgentCardHoursPerMonth organisation { id } } } }\n  }\n"): (typeof documents)["\n  query OrganisationSchedulingRows {\n    organisationScheduling(first: 100) { centreCards edges { node { weight quotaCards urgentCardHoursPerMonth organisation { id } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UrgentBudget { urgentBudget { cardHoursPerMonth usedCardHours remainingCardHours periodStart periodEnd } }\n"): (typeof documents)["\n  query UrgentBudget { urgentBudget { cardHoursPerMonth usedCardHours remainingCardHours periodStart periodEnd } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClusterCards { clusters { nodes { cards { id } } } }"): (typeof documents)["query ClusterCards { clusters { nodes { cards { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OpenRequestCount { allocationRequests(first: 1, states: [QUEUED, RUNNING]) { totalCount } }"): (typeof documents)["query OpenRequestCount { allocationRequests(first: 1, states: [QUEUED, RUNNING]) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RequestCount { allocationRequests(first: 1) { totalCount } }"): (typeof documents)["query RequestCount { allocationRequests(first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyOrganisation { me { organisation { id } } }"): (typeof documents)["query MyOrganisation { me { organisation { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAllocationRequestCodes($input: CreateAllocationRequestInput!) {\n    createAllocationRequest(input: $input) { allocationRequest { id state } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation CreateAllocationRequestCodes($input: CreateAllocationRequestInput!) {\n    createAllocationRequest(input: $input) { allocationRequest { id state } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllocationRequestTimes($id: ID!) { allocationRequest(id: $id) { id state queuePosition startedAt finishedAt } }\n"): (typeof documents)["\n  query AllocationRequestTimes($id: ID!) { allocationRequest(id: $id) { id state queuePosition startedAt finishedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelAllocationRequestCodes($id: ID!) { cancelAllocationRequest(input: { id: $id }) { userErrors { code } } }\n"): (typeof documents)["\n  mutation CancelAllocationRequestCodes($id: ID!) { cancelAllocationRequest(input: { id: $id }) { userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAllocationRequestWithOwner($input: CreateAllocationRequestInput!) {\n    createAllocationRequest(input: $input) {\n      allocationRequest { ...AllocationRequestFields clusterId project { id } organisation { name } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAllocationRequestWithOwner($input: CreateAllocationRequestInput!) {\n    createAllocationRequest(input: $input) {\n      allocationRequest { ...AllocationRequestFields clusterId project { id } organisation { name } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelAllocationRequestWithFields($id: ID!) {\n    cancelAllocationRequest(input: { id: $id }) { allocationRequest { ...AllocationRequestFields } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation CancelAllocationRequestWithFields($id: ID!) {\n    cancelAllocationRequest(input: { id: $id }) { allocationRequest { ...AllocationRequestFields } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllocationQueueOf($cardType: String, $cluster: ID) {\n    allocationQueue(cardType: $cardType, clusterId: $cluster) { id queuePosition organisation { name } }\n  }\n"): (typeof documents)["\n  query AllocationQueueOf($cardType: String, $cluster: ID) {\n    allocationQueue(cardType: $cardType, clusterId: $cluster) { id queuePosition organisation { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWeightAndQuota($org: ID!) {\n    setOrganisationScheduling(input: { organisationId: $org, weight: 2, quotaCards: 4 }) {\n      organisationScheduling { weight quotaCards organisation { name } }\n      userErrors { code }\n    }\n  }\n"): (typeof documents)["\n  mutation SetWeightAndQuota($org: ID!) {\n    setOrganisationScheduling(input: { organisationId: $org, weight: 2, quotaCards: 4 }) {\n      organisationScheduling { weight quotaCards organisation { name } }\n      userErrors { code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FortnightUsage { usage(days: 14) { totalCardHours daily { day cardHours } byProject { projectId } } }"): (typeof documents)["query FortnightUsage { usage(days: 14) { totalCardHours daily { day cardHours } byProject { projectId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganisationSchedulingCount { organisationScheduling { totalCount } }"): (typeof documents)["query OrganisationSchedulingCount { organisationScheduling { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTelemetryToken { createApiToken(input: { name: \"telemetry\", scopes: [\"telemetry\"] }) { token } }\n"): (typeof documents)["\n  mutation CreateTelemetryToken { createApiToken(input: { name: \"telemetry\", scopes: [\"telemetry\"] }) { token } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoQueue {\n    allocationQueue(cardType: \"Ascend 910B\", first: 500) {\n      id queuePosition cards priority\n      organisation { name kind }\n      project { name }\n      waitReason(locale: \"en\") { code params }\n    }\n  }\n"): (typeof documents)["\n  query DemoQueue {\n    allocationQueue(cardType: \"Ascend 910B\", first: 500) {\n      id queuePosition cards priority\n      organisation { name kind }\n      project { name }\n      waitReason(locale: \"en\") { code params }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvoiceFields on Invoice {\n    id kind number status organisationId periodMonth issuedAt dueAt totalFen freeFen voucherFen equityFen cashFen paidFen creditedFen balanceFen overdue pdfPath\n    lines { id cardType cardSeconds unitPriceFen amountFen freeFen voucherFen equityFen cashFen adaptation }\n  }\n"): (typeof documents)["\n  fragment InvoiceFields on Invoice {\n    id kind number status organisationId periodMonth issuedAt dueAt totalFen freeFen voucherFen equityFen cashFen paidFen creditedFen balanceFen overdue pdfPath\n    lines { id cardType cardSeconds unitPriceFen amountFen freeFen voucherFen equityFen cashFen adaptation }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invoices($first: Int!, $periodMonth: String, $status: String, $organisationId: ID) {\n    invoices(first: $first, periodMonth: $periodMonth, status: $status, organisationId: $organisationId) {\n      totalCount\n      edges { node { ...InvoiceFields } }\n    }\n  }\n"): (typeof documents)["\n  query Invoices($first: Int!, $periodMonth: String, $status: String, $organisationId: ID) {\n    invoices(first: $first, periodMonth: $periodMonth, status: $status, organisationId: $organisationId) {\n      totalCount\n      edges { node { ...InvoiceFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceById($id: ID!) { invoice(id: $id) { ...InvoiceFields payments { id amountFen bankReference } creditNotes { id number totalFen } } }\n"): (typeof documents)["\n  query InvoiceById($id: ID!) { invoice(id: $id) { ...InvoiceFields payments { id amountFen bankReference } creditNotes { id number totalFen } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunBilling($input: RunBillingInput!) {\n    runBilling(input: $input) { run { id periodMonth status invoicesCreated organisationsSkipped problems { organisationId code cardType } } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation RunBilling($input: RunBillingInput!) {\n    runBilling(input: $input) { run { id periodMonth status invoicesCreated organisationsSkipped problems { organisationId code cardType } } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueInvoice($input: IssueInvoiceInput!) { issueInvoice(input: $input) { invoice { ...InvoiceFields } userErrors { code field } } }\n"): (typeof documents)["\n  mutation IssueInvoice($input: IssueInvoiceInput!) { issueInvoice(input: $input) { invoice { ...InvoiceFields } userErrors { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) { invoice { id status paidFen balanceFen } payment { id amountFen } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) { invoice { id status paidFen balanceFen } payment { id amountFen } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCreditNote($input: CreateCreditNoteInput!) {\n    createCreditNote(input: $input) { invoice { id status creditedFen balanceFen } creditNote { id number kind totalFen cashFen } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation CreateCreditNote($input: CreateCreditNoteInput!) {\n    createCreditNote(input: $input) { invoice { id status creditedFen balanceFen } creditNote { id number kind totalFen cashFen } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCardPrice($input: SetCardPriceInput!) { setCardPrice(input: $input) { price { id priceFen effectiveFrom } userErrors { code field } } }\n"): (typeof documents)["\n  mutation SetCardPrice($input: SetCardPriceInput!) { setCardPrice(input: $input) { price { id priceFen effectiveFrom } userErrors { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PriceList { priceList { cardType current { id priceFen marketPriceFen discountBasisPoints } next { priceFen } history { id } } }\n"): (typeof documents)["\n  query PriceList { priceList { cardType current { id priceFen marketPriceFen discountBasisPoints } next { priceFen } history { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerHealth { ledgerCheck { healthy totalFen unbalancedTransactions receivableMismatches voucherMismatches } billingBalance { outstandingFen overdueFen openCount } }\n"): (typeof documents)["\n  query LedgerHealth { ledgerCheck { healthy totalFen unbalancedTransactions receivableMismatches voucherMismatches } billingBalance { outstandingFen overdueFen openCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VoucherProgrammes { voucherProgrammes { id year status budgetFen coverageBasisPoints perOrganisationCapFen minimumClaimFen figures { committedFen redeemedFen remainingFen } } }\n"): (typeof documents)["\n  query VoucherProgrammes { voucherProgrammes { id year status budgetFen coverageBasisPoints perOrganisationCapFen minimumClaimFen figures { committedFen redeemedFen remainingFen } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateVoucherProgramme($input: CreateVoucherProgrammeInput!) {\n    createVoucherProgramme(input: $input) { programme { id year budgetFen } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation CreateVoucherProgramme($input: CreateVoucherProgrammeInput!) {\n    createVoucherProgramme(input: $input) { programme { id year budgetFen } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyForVoucher($input: ApplyForVoucherInput!) { applyForVoucher(input: $input) { application { id status requestedFen } userErrors { code field } } }\n"): (typeof documents)["\n  mutation ApplyForVoucher($input: ApplyForVoucherInput!) { applyForVoucher(input: $input) { application { id status requestedFen } userErrors { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveVoucherApplication($input: ApproveVoucherApplicationInput!) {\n    approveVoucherApplication(input: $input) { application { id status approvedFen } voucher { id code balanceFen faceValueFen validUntil } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation ApproveVoucherApplication($input: ApproveVoucherApplicationInput!) {\n    approveVoucherApplication(input: $input) { application { id status approvedFen } voucher { id code balanceFen faceValueFen validUntil } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyVouchers { vouchers { id code organisationId balanceFen faceValueFen status redemptions { invoiceNumber amountFen } } }\n"): (typeof documents)["\n  query MyVouchers { vouchers { id code organisationId balanceFen faceValueFen status redemptions { invoiceNumber amountFen } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VoucherSettlementQuery($programmeId: ID!, $period: String!) {\n    voucherSettlement(programmeId: $programmeId, period: $period) { totalFen lines { organisationName invoiceNumber voucherCode amountFen } }\n  }\n"): (typeof documents)["\n  query VoucherSettlementQuery($programmeId: ID!, $period: String!) {\n    voucherSettlement(programmeId: $programmeId, period: $period) { totalFen lines { organisationName invoiceNumber voucherCode amountFen } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkRelatedParty($input: MarkRelatedPartyInput!) { markRelatedParty(input: $input) { relatedParty userErrors { code } } }\n"): (typeof documents)["\n  mutation MarkRelatedParty($input: MarkRelatedPartyInput!) { markRelatedParty(input: $input) { relatedParty userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostQuote($cardType: String!, $cards: Int!, $durationSeconds: Int!, $adaptation: Boolean!) {\n    costQuote(cardType: $cardType, cards: $cards, durationSeconds: $durationSeconds, adaptation: $adaptation) { priced pricePerCardHourFen amountFen freeFen voucherFen cashFen }\n  }\n"): (typeof documents)["\n  query CostQuote($cardType: String!, $cards: Int!, $durationSeconds: Int!, $adaptation: Boolean!) {\n    costQuote(cardType: $cardType, cards: $cards, durationSeconds: $durationSeconds, adaptation: $adaptation) { priced pricePerCardHourFen amountFen freeFen voucherFen cashFen }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillingSettingsOp { billingSettings { paymentTermsDays payerOrder } }\n"): (typeof documents)["\n  query BillingSettingsOp { billingSettings { paymentTermsDays payerOrder } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBillingSettings($input: UpdateBillingSettingsInput!) {\n    updateBillingSettings(input: $input) { settings { paymentTermsDays payerOrder } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation UpdateBillingSettings($input: UpdateBillingSettingsInput!) {\n    updateBillingSettings(input: $input) { settings { paymentTermsDays payerOrder } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CapTableFields on CapTable {\n    organisationId organisationName totalIssuedShares totalBoughtBackShares totalOutstandingShares totalFullyDilutedShares\n    shareClasses { id name classType seniority sharesAuthorised outstandingShares }\n    stakeholders { id name kind entityType shares fullyDilutedShares outstandingBasisPoints fullyDilutedBasisPoints byClass { shareClassId shares } }\n    history {\n      id kind at stakeholderId stakeholderName shareClassId shares pricePerShareFen priceFen source creditLineId trancheNumber issuanceId considerationText recordedById recordedByName recordedAt\n    }\n    creditLines {\n      id termSheetId projectId status creditFen drawnFen totalShares sharesIssued sharesBoughtBack pricePerShareFen shareClassId expiresAt buyBackUntil buyBackPremiumBasisPoints buyBackOpen\n    }\n  }\n"): (typeof documents)["\n  fragment CapTableFields on CapTable {\n    organisationId organisationName totalIssuedShares totalBoughtBackShares totalOutstandingShares totalFullyDilutedShares\n    shareClasses { id name classType seniority sharesAuthorised outstandingShares }\n    stakeholders { id name kind entityType shares fullyDilutedShares outstandingBasisPoints fullyDilutedBasisPoints byClass { shareClassId shares } }\n    history {\n      id kind at stakeholderId stakeholderName shareClassId shares pricePerShareFen priceFen source creditLineId trancheNumber issuanceId considerationText recordedById recordedByName recordedAt\n    }\n    creditLines {\n      id termSheetId projectId status creditFen drawnFen totalShares sharesIssued sharesBoughtBack pricePerShareFen shareClassId expiresAt buyBackUntil buyBackPremiumBasisPoints buyBackOpen\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CapTableOf($organisationId: ID!) { capTable(organisationId: $organisationId) { ...CapTableFields } }\n"): (typeof documents)["\n  query CapTableOf($organisationId: ID!) { capTable(organisationId: $organisationId) { ...CapTableFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CapTableListings { capTables { organisationId organisationName stakeholderCount totalOutstandingShares centreShares creditLineCount } }\n"): (typeof documents)["\n  query CapTableListings { capTables { organisationId organisationName stakeholderCount totalOutstandingShares centreShares creditLineCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddStakeholder($input: AddStakeholderInput!) { addStakeholder(input: $input) { capTable { ...CapTableFields } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation AddStakeholder($input: AddStakeholderInput!) { addStakeholder(input: $input) { capTable { ...CapTableFields } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddShareClass($input: AddShareClassInput!) { addShareClass(input: $input) { capTable { ...CapTableFields } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation AddShareClass($input: AddShareClassInput!) { addShareClass(input: $input) { capTable { ...CapTableFields } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordIssuance($input: RecordIssuanceInput!) { recordIssuance(input: $input) { capTable { ...CapTableFields } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation RecordIssuance($input: RecordIssuanceInput!) { recordIssuance(input: $input) { capTable { ...CapTableFields } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordBuyBack($input: RecordBuyBackInput!) { recordBuyBack(input: $input) { capTable { ...CapTableFields } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation RecordBuyBack($input: RecordBuyBackInput!) { recordBuyBack(input: $input) { capTable { ...CapTableFields } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateClusterWithDescription($input: CreateClusterInput!) {\n    createCluster(input: $input) { cluster { id name description } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation CreateClusterWithDescription($input: CreateClusterInput!) {\n    createCluster(input: $input) { cluster { id name description } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddNodesCodes($input: AddNodesInput!) { addNodes(input: $input) { cluster { id } userErrors { code } } }"): (typeof documents)["mutation AddNodesCodes($input: AddNodesInput!) { addNodes(input: $input) { cluster { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetireNode($id: ID!) { retireNode(input: { nodeId: $id }) { node { id name drained retiredAt } userErrors { code field } } }\n"): (typeof documents)["\n  mutation RetireNode($id: ID!) { retireNode(input: { nodeId: $id }) { node { id name drained retiredAt } userErrors { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrainNodeForDecommissioning($id: ID!) {\n    drainNode(input: { nodeId: $id, reason: \"decommissioning (e2e)\" }) { node { drained } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation DrainNodeForDecommissioning($id: ID!) {\n    drainNode(input: { nodeId: $id, reason: \"decommissioning (e2e)\" }) { node { drained } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RestoreNode($id: ID!) { restoreNode(input: { nodeId: $id }) { node { drained } userErrors { code } } }"): (typeof documents)["mutation RestoreNode($id: ID!) { restoreNode(input: { nodeId: $id }) { node { drained } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClusterGrid($id: ID!) {\n    cluster(id: $id) { id cardTypes utilisation { totalCards healthyCards } nodes { id name drained cards { holder { allocationId } } } }\n  }\n"): (typeof documents)["\n  query ClusterGrid($id: ID!) {\n    cluster(id: $id) { id cardTypes utilisation { totalCards healthyCards } nodes { id name drained cards { holder { allocationId } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClusterIds { clusters { id name } }"): (typeof documents)["query ClusterIds { clusters { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClusterCardHolders { clusters { id nodes { id cardType cards { id holder { allocationId } } } } }"): (typeof documents)["query ClusterCardHolders { clusters { id nodes { id cardType cards { id holder { allocationId } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyClusterCardHolders { clusters { id nodes { cardType cards { holder { allocationId mine } } } } }\n"): (typeof documents)["\n  query MyClusterCardHolders { clusters { id nodes { cardType cards { holder { allocationId mine } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrainNodeForRepair($id: ID!) {\n    drainNode(input: { nodeId: $id, reason: \"fan replacement\" }) { node { drained cards { health } } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation DrainNodeForRepair($id: ID!) {\n    drainNode(input: { nodeId: $id, reason: \"fan replacement\" }) { node { drained cards { health } } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportCardFailed($id: ID!) {\n    reportCardHealth(input: { cardId: $id, health: FAILED }) { card { health holder { allocationId } } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation ReportCardFailed($id: ID!) {\n    reportCardHealth(input: { cardId: $id, health: FAILED }) { card { health holder { allocationId } } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportCardHealthy($id: ID!) { reportCardHealth(input: { cardId: $id, health: HEALTHY }) { userErrors { code } } }\n"): (typeof documents)["\n  mutation ReportCardHealthy($id: ID!) { reportCardHealth(input: { cardId: $id, health: HEALTHY }) { userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCluster($input: CreateClusterInput!) { createCluster(input: $input) { cluster { id name } userErrors { code field } } }\n"): (typeof documents)["\n  mutation CreateCluster($input: CreateClusterInput!) { createCluster(input: $input) { cluster { id name } userErrors { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameCluster($input: RenameClusterInput!) { renameCluster(input: $input) { cluster { id name } userErrors { code field } } }\n"): (typeof documents)["\n  mutation RenameCluster($input: RenameClusterInput!) { renameCluster(input: $input) { cluster { id name } userErrors { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCluster($input: DeleteClusterInput!) { deleteCluster(input: $input) { deletedClusterId userErrors { code field } } }\n"): (typeof documents)["\n  mutation DeleteCluster($input: DeleteClusterInput!) { deleteCluster(input: $input) { deletedClusterId userErrors { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketFields on Ticket {\n    id organisationId category priority subject status assigneeId assigneeName linkedKind linkedId firstResponseAt resolvedAt closedAt satisfaction satisfactionComment\n    messages { id visibility body authorName mine linkedArticles { articleId slug titleZh titleEn published } }\n    slaTargets { kind targetMinutes usedMinutes minutesLeft deadline state metAt }\n    escalations { kind priorityBefore priorityAfter notifiedCount }\n    statusHistory { fromStatus toStatus }\n  }\n"): (typeof documents)["\n  fragment TicketFields on Ticket {\n    id organisationId category priority subject status assigneeId assigneeName linkedKind linkedId firstResponseAt resolvedAt closedAt satisfaction satisfactionComment\n    messages { id visibility body authorName mine linkedArticles { articleId slug titleZh titleEn published } }\n    slaTargets { kind targetMinutes usedMinutes minutesLeft deadline state metAt }\n    escalations { kind priorityBefore priorityAfter notifiedCount }\n    statusHistory { fromStatus toStatus }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyId { me { id } }"): (typeof documents)["query MyId { me { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TicketById($id: ID!) { ticket(id: $id) { ...TicketFields } }"): (typeof documents)["query TicketById($id: ID!) { ticket(id: $id) { ...TicketFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketQueue($status: [TicketStatus!], $breached: Boolean, $mine: Boolean) {\n    tickets(first: 50, status: $status, breached: $breached, mine: $mine) { totalCount edges { node { id status subject slaTargets { kind state minutesLeft } } } }\n  }\n"): (typeof documents)["\n  query TicketQueue($status: [TicketStatus!], $breached: Boolean, $mine: Boolean) {\n    tickets(first: 50, status: $status, breached: $breached, mine: $mine) { totalCount edges { node { id status subject slaTargets { kind state minutesLeft } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenTicket($input: OpenTicketInput!) { openTicket(input: $input) { ticket { ...TicketFields } userErrors { code field } } }\n"): (typeof documents)["\n  mutation OpenTicket($input: OpenTicketInput!) { openTicket(input: $input) { ticket { ...TicketFields } userErrors { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToTicket($input: PostTicketMessageInput!) { replyToTicket(input: $input) { ticket { id status } message { id } userErrors { code field } } }\n"): (typeof documents)["\n  mutation ReplyToTicket($input: PostTicketMessageInput!) { replyToTicket(input: $input) { ticket { id status } message { id } userErrors { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTicketNote($input: PostTicketMessageInput!) { addTicketNote(input: $input) { message { id visibility } userErrors { code field } } }\n"): (typeof documents)["\n  mutation AddTicketNote($input: PostTicketMessageInput!) { addTicketNote(input: $input) { message { id visibility } userErrors { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeTicketStatus($input: ChangeTicketStatusInput!) { changeTicketStatus(input: $input) { ticket { id status } userErrors { code field } } }\n"): (typeof documents)["\n  mutation ChangeTicketStatus($input: ChangeTicketStatusInput!) { changeTicketStatus(input: $input) { ticket { id status } userErrors { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateTicket($input: RateTicketInput!) { rateTicket(input: $input) { ticket { id satisfaction satisfactionComment } userErrors { code field } } }\n"): (typeof documents)["\n  mutation RateTicket($input: RateTicketInput!) { rateTicket(input: $input) { ticket { id satisfaction satisfactionComment } userErrors { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignTickets($input: AssignTicketsInput!) { assignTickets(input: $input) { tickets { id assigneeId } userErrors { code field } } }\n"): (typeof documents)["\n  mutation AssignTickets($input: AssignTicketsInput!) { assignTickets(input: $input) { tickets { id assigneeId } userErrors { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttachToTicketMessage($input: AttachToTicketMessageInput!) {\n    attachToTicketMessage(input: $input) { attachment { id fileName sizeBytes contentType } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation AttachToTicketMessage($input: AttachToTicketMessageInput!) {\n    attachToTicketMessage(input: $input) { attachment { id fileName sizeBytes contentType } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetConsultantGroup($input: SetConsultantGroupInput!) {\n    setConsultantGroup(input: $input) { group { id category leadUserId members { userId } } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation SetConsultantGroup($input: SetConsultantGroupInput!) {\n    setConsultantGroup(input: $input) { group { id category leadUserId members { userId } } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSlaPolicy($input: SetSlaPolicyInput!) { setSlaPolicy(input: $input) { policy { category priority firstResponseMinutes resolutionMinutes } userErrors { code field } } }\n"): (typeof documents)["\n  mutation SetSlaPolicy($input: SetSlaPolicyInput!) { setSlaPolicy(input: $input) { policy { category priority firstResponseMinutes resolutionMinutes } userErrors { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SlaPolicies { slaPolicies { category priority firstResponseMinutes resolutionMinutes } }"): (typeof documents)["query SlaPolicies { slaPolicies { category priority firstResponseMinutes resolutionMinutes } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SatisfactionReport($fromMonth: String!, $toMonth: String!) {\n    satisfactionReport(fromMonth: $fromMonth, toMonth: $toMonth) {\n      fromMonth toMonth\n      byConsultant { consultantId consultantName ratings averageScoreHundredths counts lowScores }\n      byCategory { category ratings averageScoreHundredths counts lowScores }\n      byMonth { month ratings averageScoreHundredths counts lowScores }\n    }\n  }\n"): (typeof documents)["\n  query SatisfactionReport($fromMonth: String!, $toMonth: String!) {\n    satisfactionReport(fromMonth: $fromMonth, toMonth: $toMonth) {\n      fromMonth toMonth\n      byConsultant { consultantId consultantName ratings averageScoreHundredths counts lowScores }\n      byCategory { category ratings averageScoreHundredths counts lowScores }\n      byMonth { month ratings averageScoreHundredths counts lowScores }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketAttachments($id: ID!) { ticket(id: $id) { id attachments { id messageId fileName contentType sizeBytes } } }\n"): (typeof documents)["\n  query TicketAttachments($id: ID!) { ticket(id: $id) { id attachments { id messageId fileName contentType sizeBytes } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TermSheetFields on TermSheet {\n    id organisationId projectId status signedVersionNo withdrawnBySide withdrawnReason\n    currentVersion { versionNo proposedBySide contentHash }\n    versions {\n      versionNo proposedBySide createdAt contentHash\n      terms {\n        creditFen preMoneyValuationFen preMoneyFullyDilutedShares shareClass creditExpiresAt\n        tranches { percentBasisPoints release { kind thresholdBasisPoints stage at milestoneKey } }\n        buyBack { months premiumBasisPoints }\n      }\n      derived { postMoneyValuationFen centrePercentBasisPoints centreShares pricePerShareMicroYuan trancheShares trancheCreditFen }\n    }\n    acceptances { versionNo side userId at ip contentHash }\n  }\n"): (typeof documents)["\n  fragment TermSheetFields on TermSheet {\n    id organisationId projectId status signedVersionNo withdrawnBySide withdrawnReason\n    currentVersion { versionNo proposedBySide contentHash }\n    versions {\n      versionNo proposedBySide createdAt contentHash\n      terms {\n        creditFen preMoneyValuationFen preMoneyFullyDilutedShares shareClass creditExpiresAt\n        tranches { percentBasisPoints release { kind thresholdBasisPoints stage at milestoneKey } }\n        buyBack { months premiumBasisPoints }\n      }\n      derived { postMoneyValuationFen centrePercentBasisPoints centreShares pricePerShareMicroYuan trancheShares trancheCreditFen }\n    }\n    acceptances { versionNo side userId at ip contentHash }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TermSheets($projectId: ID) { termSheets(projectId: $projectId) { ...TermSheetFields } }\n"): (typeof documents)["\n  query TermSheets($projectId: ID) { termSheets(projectId: $projectId) { ...TermSheetFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TermSheetById($id: ID!) { termSheet(id: $id) { ...TermSheetFields } }\n"): (typeof documents)["\n  query TermSheetById($id: ID!) { termSheet(id: $id) { ...TermSheetFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TermSheetDiff($termSheetId: ID!, $fromVersionNo: Int!, $toVersionNo: Int!) {\n    termSheetDiff(termSheetId: $termSheetId, fromVersionNo: $fromVersionNo, toVersionNo: $toVersionNo) { field before after }\n  }\n"): (typeof documents)["\n  query TermSheetDiff($termSheetId: ID!, $fromVersionNo: Int!, $toVersionNo: Int!) {\n    termSheetDiff(termSheetId: $termSheetId, fromVersionNo: $fromVersionNo, toVersionNo: $toVersionNo) { field before after }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeTermSheet($input: ProposeTermSheetInput!) {\n    proposeTermSheet(input: $input) { termSheet { ...TermSheetFields } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ProposeTermSheet($input: ProposeTermSheetInput!) {\n    proposeTermSheet(input: $input) { termSheet { ...TermSheetFields } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CounterOfferTermSheet($input: CounterOfferTermSheetInput!) {\n    counterOfferTermSheet(input: $input) { termSheet { ...TermSheetFields } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation CounterOfferTermSheet($input: CounterOfferTermSheetInput!) {\n    counterOfferTermSheet(input: $input) { termSheet { ...TermSheetFields } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptTermSheetVersion($input: AcceptTermSheetVersionInput!) {\n    acceptTermSheetVersion(input: $input) { termSheet { ...TermSheetFields } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation AcceptTermSheetVersion($input: AcceptTermSheetVersionInput!) {\n    acceptTermSheetVersion(input: $input) { termSheet { ...TermSheetFields } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawTermSheet($input: WithdrawTermSheetInput!) {\n    withdrawTermSheet(input: $input) { termSheet { ...TermSheetFields } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation WithdrawTermSheet($input: WithdrawTermSheetInput!) {\n    withdrawTermSheet(input: $input) { termSheet { ...TermSheetFields } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EquityMe { me { id } }\n"): (typeof documents)["\n  query EquityMe { me { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KbArticleResult on KbArticlePayload {\n    article { id slug status deflectionCount hasUnpublishedChanges published { version titleZh } versions { version } }\n    userErrors { code field message }\n  }\n"): (typeof documents)["\n  fragment KbArticleResult on KbArticlePayload {\n    article { id slug status deflectionCount hasUnpublishedChanges published { version titleZh } versions { version } }\n    userErrors { code field message }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCreateKbArticle($input: CreateKbArticleInput!) { createKbArticle(input: $input) { ...KbArticleResult } }\n"): (typeof documents)["\n  mutation TestCreateKbArticle($input: CreateKbArticleInput!) { createKbArticle(input: $input) { ...KbArticleResult } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestUpdateKbArticleDraft($input: UpdateKbArticleDraftInput!) { updateKbArticleDraft(input: $input) { ...KbArticleResult } }\n"): (typeof documents)["\n  mutation TestUpdateKbArticleDraft($input: UpdateKbArticleDraftInput!) { updateKbArticleDraft(input: $input) { ...KbArticleResult } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestPublishKbArticle($articleId: ID!) { publishKbArticle(articleId: $articleId) { ...KbArticleResult } }\n"): (typeof documents)["\n  mutation TestPublishKbArticle($articleId: ID!) { publishKbArticle(articleId: $articleId) { ...KbArticleResult } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestUnpublishKbArticle($articleId: ID!) { unpublishKbArticle(articleId: $articleId) { ...KbArticleResult } }\n"): (typeof documents)["\n  mutation TestUnpublishKbArticle($articleId: ID!) { unpublishKbArticle(articleId: $articleId) { ...KbArticleResult } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestMarkKbArticleHelpful($articleId: ID!) {\n    markKbArticleHelpful(articleId: $articleId) { counted article { id deflectionCount helpfulByMe } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation TestMarkKbArticleHelpful($articleId: ID!) {\n    markKbArticleHelpful(articleId: $articleId) { counted article { id deflectionCount helpfulByMe } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestKbArticle($id: ID, $slug: String) {\n    kbArticle(id: $id, slug: $slug) { id status viewCount deflectionCount linkedInReplies helpfulByMe draft { bodyZh } published { version bodyZh } }\n  }\n"): (typeof documents)["\n  query TestKbArticle($id: ID, $slug: String) {\n    kbArticle(id: $id, slug: $slug) { id status viewCount deflectionCount linkedInReplies helpfulByMe draft { bodyZh } published { version bodyZh } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestKbArticles { kbArticles { id slug deflectionCount viewCount linkedInReplies } }\n"): (typeof documents)["\n  query TestKbArticles { kbArticles { id slug deflectionCount viewCount linkedInReplies } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestKbSearch($query: String!, $locale: KbLanguage!) { kbSearch(query: $query, locale: $locale) { articleId title } }\n"): (typeof documents)["\n  query TestKbSearch($query: String!, $locale: KbLanguage!) { kbSearch(query: $query, locale: $locale) { articleId title } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MatchResourceFields on MatchResource {\n    id kind name description ownerUserId ownerOrganisationId ownerName capacity capacityPeriod available availableFrom availableUntil mine\n    tags { industries technologies stages regions }\n    capacityUse { capacity taken left periodLabelZh periodLabelEn }\n  }\n"): (typeof documents)["\n  fragment MatchResourceFields on MatchResource {\n    id kind name description ownerUserId ownerOrganisationId ownerName capacity capacityPeriod available availableFrom availableUntil mine\n    tags { industries technologies stages regions }\n    capacityUse { capacity taken left periodLabelZh periodLabelEn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IntroductionFields on Introduction {\n    id needId resourceId organisationId organisationName status choice score explanationZh explanationEn proposedAt proposedByName\n    startupAnswer startupAnsweredAt resourceAnswer resourceAnsweredAt acceptedAt declinedAt metOn outcome outcomeNotes concludedAt mySides mayRecord\n    reasons { code points textZh textEn }\n  }\n"): (typeof documents)["\n  fragment IntroductionFields on Introduction {\n    id needId resourceId organisationId organisationName status choice score explanationZh explanationEn proposedAt proposedByName\n    startupAnswer startupAnsweredAt resourceAnswer resourceAnsweredAt acceptedAt declinedAt metOn outcome outcomeNotes concludedAt mySides mayRecord\n    reasons { code points textZh textEn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MatchNeedFields on MatchNeed {\n    id organisationId organisationName projectId projectName projectStage kind description urgency state competitorOrganisationIds postedByName createdAt closedAt\n    tags { industries technologies stages regions }\n  }\n"): (typeof documents)["\n  fragment MatchNeedFields on MatchNeed {\n    id organisationId organisationName projectId projectName projectStage kind description urgency state competitorOrganisationIds postedByName createdAt closedAt\n    tags { industries technologies stages regions }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMatchResource($input: CreateMatchResourceInput!) {\n    createMatchResource(input: $input) { resource { ...MatchResourceFields conflicts { organisationId organisationName reason } } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation CreateMatchResource($input: CreateMatchResourceInput!) {\n    createMatchResource(input: $input) { resource { ...MatchResourceFields conflicts { organisationId organisationName reason } } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMatchResource($input: UpdateMatchResourceInput!) {\n    updateMatchResource(input: $input) { resource { ...MatchResourceFields conflicts { organisationId reason } } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation UpdateMatchResource($input: UpdateMatchResourceInput!) {\n    updateMatchResource(input: $input) { resource { ...MatchResourceFields conflicts { organisationId reason } } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchResources($kind: [ResourceKind!]) { matchResources(first: 100, kind: $kind) { totalCount edges { node { id name kind mine } } } }\n"): (typeof documents)["\n  query MatchResources($kind: [ResourceKind!]) { matchResources(first: 100, kind: $kind) { totalCount edges { node { id name kind mine } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchResourceById($id: ID!) { matchResource(id: $id) { ...MatchResourceFields conflicts { organisationId reason } } }\n"): (typeof documents)["\n  query MatchResourceById($id: ID!) { matchResource(id: $id) { ...MatchResourceFields conflicts { organisationId reason } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostMatchNeed($input: PostMatchNeedInput!) { postMatchNeed(input: $input) { need { ...MatchNeedFields } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation PostMatchNeed($input: PostMatchNeedInput!) { postMatchNeed(input: $input) { need { ...MatchNeedFields } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMatchNeed($input: UpdateMatchNeedInput!) { updateMatchNeed(input: $input) { need { ...MatchNeedFields } userErrors { code field } } }\n"): (typeof documents)["\n  mutation UpdateMatchNeed($input: UpdateMatchNeedInput!) { updateMatchNeed(input: $input) { need { ...MatchNeedFields } userErrors { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseMatchNeed($input: CloseMatchNeedInput!) { closeMatchNeed(input: $input) { need { id state closedAt } userErrors { code field } } }\n"): (typeof documents)["\n  mutation CloseMatchNeed($input: CloseMatchNeedInput!) { closeMatchNeed(input: $input) { need { id state closedAt } userErrors { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchNeeds($organisationId: ID, $state: [NeedState!]) {\n    matchNeeds(first: 100, organisationId: $organisationId, state: $state) { totalCount edges { node { id organisationId state kind } } }\n  }\n"): (typeof documents)["\n  query MatchNeeds($organisationId: ID, $state: [NeedState!]) {\n    matchNeeds(first: 100, organisationId: $organisationId, state: $state) { totalCount edges { node { id organisationId state kind } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchNeedById($id: ID!) { matchNeed(id: $id) { ...MatchNeedFields introductions { id status } } }\n"): (typeof documents)["\n  query MatchNeedById($id: ID!) { matchNeed(id: $id) { ...MatchNeedFields introductions { id status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchNeedSeen($id: ID!) { matchNeed(id: $id) { id organisationId kind description } }\n"): (typeof documents)["\n  query MatchNeedSeen($id: ID!) { matchNeed(id: $id) { id organisationId kind description } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatchNeedCompetitors($id: ID!) { matchNeed(id: $id) { id competitorOrganisationIds } }"): (typeof documents)["query MatchNeedCompetitors($id: ID!) { matchNeed(id: $id) { id competitorOrganisationIds } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOrganisationCompetitors($input: SetOrganisationCompetitorsInput!) { setOrganisationCompetitors(input: $input) { competitorOrganisationIds userErrors { code field } } }\n"): (typeof documents)["\n  mutation SetOrganisationCompetitors($input: SetOrganisationCompetitorsInput!) { setOrganisationCompetitors(input: $input) { competitorOrganisationIds userErrors { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganisationCompetitors($id: ID!) { organisationCompetitors(id: $id) }"): (typeof documents)["query OrganisationCompetitors($id: ID!) { organisationCompetitors(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchSuggestions($rankedPerNeed: Int) {\n    matchSuggestions(rankedPerNeed: $rankedPerNeed) {\n      method totalScore greedyTotalScore computedAt\n      needs {\n        need { id organisationId kind urgency }\n        ranked { resourceId score explanationZh explanationEn reasons { code points } }\n        assigned { resourceId score explanationZh explanationEn resource { id name } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatchSuggestions($rankedPerNeed: Int) {\n    matchSuggestions(rankedPerNeed: $rankedPerNeed) {\n      method totalScore greedyTotalScore computedAt\n      needs {\n        need { id organisationId kind urgency }\n        ranked { resourceId score explanationZh explanationEn reasons { code points } }\n        assigned { resourceId score explanationZh explanationEn resource { id name } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeIntroduction($input: ProposeIntroductionInput!) { proposeIntroduction(input: $input) { introduction { ...IntroductionFields } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation ProposeIntroduction($input: ProposeIntroductionInput!) { proposeIntroduction(input: $input) { introduction { ...IntroductionFields } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerIntroduction($input: AnswerIntroductionInput!) { answerIntroduction(input: $input) { introduction { ...IntroductionFields } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation AnswerIntroduction($input: AnswerIntroductionInput!) { answerIntroduction(input: $input) { introduction { ...IntroductionFields } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordIntroductionMeeting($input: RecordIntroductionMeetingInput!) { recordIntroductionMeeting(input: $input) { introduction { id status metOn } userErrors { code field } } }\n"): (typeof documents)["\n  mutation RecordIntroductionMeeting($input: RecordIntroductionMeetingInput!) { recordIntroductionMeeting(input: $input) { introduction { id status metOn } userErrors { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordIntroductionOutcome($input: RecordIntroductionOutcomeInput!) {\n    recordIntroductionOutcome(input: $input) { introduction { id status outcome outcomeNotes concludedAt } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation RecordIntroductionOutcome($input: RecordIntroductionOutcomeInput!) {\n    recordIntroductionOutcome(input: $input) { introduction { id status outcome outcomeNotes concludedAt } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntroductionById($id: ID!) {\n    introduction(id: $id) { ...IntroductionFields need { id organisationId } resource { id name ownerName } }\n  }\n"): (typeof documents)["\n  query IntroductionById($id: ID!) {\n    introduction(id: $id) { ...IntroductionFields need { id organisationId } resource { id name ownerName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Introductions($status: [IntroductionStatus!], $needId: ID, $resourceId: ID) {\n    introductions(first: 100, status: $status, needId: $needId, resourceId: $resourceId) { totalCount edges { node { id status outcome organisationId resourceId } } }\n  }\n"): (typeof documents)["\n  query Introductions($status: [IntroductionStatus!], $needId: ID, $resourceId: ID) {\n    introductions(first: 100, status: $status, needId: $needId, resourceId: $resourceId) { totalCount edges { node { id status outcome organisationId resourceId } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchmakingFunnel($fromMonth: String, $toMonth: String) {\n    matchmakingFunnel(fromMonth: $fromMonth, toMonth: $toMonth) { fromMonth toMonth rows { month kind proposed accepted declined met deals } }\n  }\n"): (typeof documents)["\n  query MatchmakingFunnel($fromMonth: String, $toMonth: String) {\n    matchmakingFunnel(fromMonth: $fromMonth, toMonth: $toMonth) { fromMonth toMonth rows { month kind proposed accepted declined met deals } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatchmakingSettings { matchmakingSettings { reminderDays } }"): (typeof documents)["query MatchmakingSettings { matchmakingSettings { reminderDays } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMatchmakingSettings($input: SetMatchmakingSettingsInput!) { setMatchmakingSettings(input: $input) { settings { reminderDays } userErrors { code field } } }\n"): (typeof documents)["\n  mutation SetMatchmakingSettings($input: SetMatchmakingSettingsInput!) { setMatchmakingSettings(input: $input) { settings { reminderDays } userErrors { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatchmakingMe { me { id } }"): (typeof documents)["query MatchmakingMe { me { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchmakingNotifications { notifications(first: 50) { edges { node { kind link params { name value } } } } }\n"): (typeof documents)["\n  query MatchmakingNotifications { notifications(first: 50) { edges { node { kind link params { name value } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchmakingAudit($action: String) { auditEvents(first: 50, action: $action) { edges { node { action targetId detailsJson } } } }\n"): (typeof documents)["\n  query MatchmakingAudit($action: String) { auditEvents(first: 50, action: $action) { edges { node { action targetId detailsJson } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeIntroductions($input: ProposeIntroductionsInput!) {\n    proposeIntroductions(input: $input) { introductions { id needId resourceId status choice } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ProposeIntroductions($input: ProposeIntroductionsInput!) {\n    proposeIntroductions(input: $input) { introductions { id needId resourceId status choice } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MilestoneFields on Milestone {\n    id projectId key title dueOn evidenceRequested status evidence evidenceUrl submittedAt decidedAt decisionNote\n  }\n"): (typeof documents)["\n  fragment MilestoneFields on Milestone {\n    id projectId key title dueOn evidenceRequested status evidence evidenceUrl submittedAt decidedAt decisionNote\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectMilestones($id: ID!) {\n    project(id: $id) {\n      id\n      milestones { ...MilestoneFields }\n      nextMilestone { key }\n      overdueMilestones { key }\n      milestoneHistory { milestoneId kind note actorName at }\n    }\n  }\n"): (typeof documents)["\n  query ProjectMilestones($id: ID!) {\n    project(id: $id) {\n      id\n      milestones { ...MilestoneFields }\n      nextMilestone { key }\n      overdueMilestones { key }\n      milestoneHistory { milestoneId kind note actorName at }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMilestone($input: AddMilestoneInput!) {\n    addMilestone(input: $input) { milestone { ...MilestoneFields } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation AddMilestone($input: AddMilestoneInput!) {\n    addMilestone(input: $input) { milestone { ...MilestoneFields } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitMilestoneEvidence($input: SubmitMilestoneEvidenceInput!) {\n    submitMilestoneEvidence(input: $input) { milestone { ...MilestoneFields } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation SubmitMilestoneEvidence($input: SubmitMilestoneEvidenceInput!) {\n    submitMilestoneEvidence(input: $input) { milestone { ...MilestoneFields } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptMilestone($input: AcceptMilestoneInput!) {\n    acceptMilestone(input: $input) { milestone { ...MilestoneFields } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation AcceptMilestone($input: AcceptMilestoneInput!) {\n    acceptMilestone(input: $input) { milestone { ...MilestoneFields } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnMilestone($input: ReturnMilestoneInput!) {\n    returnMilestone(input: $input) { milestone { ...MilestoneFields } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation ReturnMilestone($input: ReturnMilestoneInput!) {\n    returnMilestone(input: $input) { milestone { ...MilestoneFields } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications($first: Int!, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges { cursor node { id kind params { name value } link createdAt readAt } }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query MyNotifications($first: Int!, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges { cursor node { id kind params { name value } link createdAt readAt } }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { markedCount userErrors { code field } } }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { markedCount userErrors { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) { preference { kind inApp email isDefault } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) { preference { kind inApp email isDefault } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences { notificationPreferences { kind inApp email isDefault } }\n"): (typeof documents)["\n  query NotificationPreferences { notificationPreferences { kind inApp email isDefault } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectVoucherApplicationForTest($input: RejectVoucherApplicationInput!) { rejectVoucherApplication(input: $input) { userErrors { code field } } }\n"): (typeof documents)["\n  mutation RejectVoucherApplicationForTest($input: RejectVoucherApplicationInput!) { rejectVoucherApplication(input: $input) { userErrors { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationProjectStages($id: ID!) { organisation(id: $id) { projects(first: 100) { edges { node { id stage history { id } } } } } }\n"): (typeof documents)["\n  query OrganisationProjectStages($id: ID!) { organisation(id: $id) { projects(first: 100) { edges { node { id stage history { id } } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationsWithProjects { organisations(first: 100) { edges { node { id name projects { edges { node { id } } } } } } }\n"): (typeof documents)["\n  query OrganisationsWithProjects { organisations(first: 100) { edges { node { id name projects { edges { node { id } } } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationAllocationIds($org: ID) { allocationRequests(first: 100, organisationId: $org) { edges { node { id } } } }\n"): (typeof documents)["\n  query OrganisationAllocationIds($org: ID) { allocationRequests(first: 100, organisationId: $org) { edges { node { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisibleOrganisationsAndProjects {\n    me { organisation { id name } }\n    organisations { totalCount edges { node { name } } }\n    projects(first: 100) { edges { node { organisation { name } } } }\n  }\n"): (typeof documents)["\n  query VisibleOrganisationsAndProjects {\n    me { organisation { id name } }\n    organisations { totalCount edges { node { name } } }\n    projects(first: 100) { edges { node { organisation { name } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortfolioFiguresFields on PortfolioFigures { startups sharesHeld committedFen releasedFen drawnFen remainingFen impliedValueFen }\n"): (typeof documents)["\n  fragment PortfolioFiguresFields on PortfolioFigures { startups sharesHeld committedFen releasedFen drawnFen remainingFen impliedValueFen }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Portfolio {\n    portfolio {\n      asOf\n      totals { ...PortfolioFiguresFields }\n      holdings {\n        organisationId organisationName industry kind stage stages creditLines latestCreditLineId postMoneyShares percentBasisPoints pricePerShareMicroYuan\n        figures { ...PortfolioFiguresFields }\n        usage { month cardSeconds cardHours invoicedFen }\n      }\n      byIndustry { industry figures { ...PortfolioFiguresFields } }\n      byStage { stage figures { ...PortfolioFiguresFields } }\n    }\n  }\n"): (typeof documents)["\n  query Portfolio {\n    portfolio {\n      asOf\n      totals { ...PortfolioFiguresFields }\n      holdings {\n        organisationId organisationName industry kind stage stages creditLines latestCreditLineId postMoneyShares percentBasisPoints pricePerShareMicroYuan\n        figures { ...PortfolioFiguresFields }\n        usage { month cardSeconds cardHours invoicedFen }\n      }\n      byIndustry { industry figures { ...PortfolioFiguresFields } }\n      byStage { stage figures { ...PortfolioFiguresFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CreditLineById($id: ID!) {\n    creditLine(id: $id) {\n      id organisationId projectId status creditFen drawnFen remainingFen drawableFen totalShares sharesIssued\n      tranches { trancheNo status creditFen drawnFen shares }\n      draws { id invoiceId invoiceNumber amountFen drawnAt }\n    }\n  }\n"): (typeof documents)["\n  query CreditLineById($id: ID!) {\n    creditLine(id: $id) {\n      id organisationId projectId status creditFen drawnFen remainingFen drawableFen totalShares sharesIssued\n      tranches { trancheNo status creditFen drawnFen shares }\n      draws { id invoiceId invoiceNumber amountFen drawnAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TermSheetCreditLineId($id: ID!) { termSheet(id: $id) { id status creditLine { id } } }\n"): (typeof documents)["\n  query TermSheetCreditLineId($id: ID!) { termSheet(id: $id) { id status creditLine { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectPage($first: Int!) {\n    projects(first: $first) { totalCount edges { node { id name organisation { name } allocationSummary { queuedRequests } } } }\n  }\n"): (typeof documents)["\n  query ProjectPage($first: Int!) {\n    projects(first: $first) { totalCount edges { node { id name organisation { name } allocationSummary { queuedRequests } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyForProjectCodes($input: ApplyForProjectInput!) { applyForProject(input: $input) { project { id } userErrors { code } } }\n"): (typeof documents)["\n  mutation ApplyForProjectCodes($input: ApplyForProjectInput!) { applyForProject(input: $input) { project { id } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeAndProjectCount { me { email } projects(first: 5) { totalCount } }"): (typeof documents)["query MeAndProjectCount { me { email } projects(first: 5) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LifecycleProjectFields on Project {\n    id name stage lastTransitionReason availableTransitions cardType cardCountEstimate budgetFen\n    history { fromStage toStage reasonCode reason actor { email } actorName createdAt }\n    adaptation { sourcePlatform targetPlatform startedAt dueAt completedItems overdue chargeFen }\n  }\n"): (typeof documents)["\n  fragment LifecycleProjectFields on Project {\n    id name stage lastTransitionReason availableTransitions cardType cardCountEstimate budgetFen\n    history { fromStage toStage reasonCode reason actor { email } actorName createdAt }\n    adaptation { sourcePlatform targetPlatform startedAt dueAt completedItems overdue chargeFen }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyForProject($input: ApplyForProjectInput!) {\n    applyForProject(input: $input) { project { ...LifecycleProjectFields } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation ApplyForProject($input: ApplyForProjectInput!) {\n    applyForProject(input: $input) { project { ...LifecycleProjectFields } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransitionProject($input: TransitionProjectInput!) {\n    transitionProject(input: $input) { project { ...LifecycleProjectFields } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation TransitionProject($input: TransitionProjectInput!) {\n    transitionProject(input: $input) { project { ...LifecycleProjectFields } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAdaptationChecklistItem($input: SetAdaptationChecklistItemInput!) {\n    setAdaptationChecklistItem(input: $input) { project { ...LifecycleProjectFields } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation SetAdaptationChecklistItem($input: SetAdaptationChecklistItemInput!) {\n    setAdaptationChecklistItem(input: $input) { project { ...LifecycleProjectFields } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetProject($id: ID!) { project(id: $id) { ...LifecycleProjectFields } }"): (typeof documents)["query GetProject($id: ID!) { project(id: $id) { ...LifecycleProjectFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyDisplayName { me { displayName } }"): (typeof documents)["query MyDisplayName { me { displayName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectNames { projects(first: 100) { edges { node { name } } } }"): (typeof documents)["query ProjectNames { projects(first: 100) { edges { node { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationKinds($tenantsOnly: Boolean) { organisations(first: 100, tenantsOnly: $tenantsOnly) { totalCount edges { node { kind } } } }\n"): (typeof documents)["\n  query OrganisationKinds($tenantsOnly: Boolean) { organisations(first: 100, tenantsOnly: $tenantsOnly) { totalCount edges { node { kind } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OverdueAdaptations { overdueAdaptations { totalCount edges { node { name adaptation { overdue } } } } }"): (typeof documents)["query OverdueAdaptations { overdueAdaptations { totalCount edges { node { name adaptation { overdue } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PipelineColumns { pipeline(perStage: 1) { stage totalCount projects { id } } }"): (typeof documents)["query PipelineColumns { pipeline(perStage: 1) { stage totalCount projects { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PipelineBoard($search: String, $industry: Industry, $overdueOnly: Boolean!) {\n    pipeline(perStage: 100, search: $search, industry: $industry, overdueOnly: $overdueOnly) {\n      stage totalCount projects { name stage organisation { name industry } adaptation { overdue } }\n    }\n  }\n"): (typeof documents)["\n  query PipelineBoard($search: String, $industry: Industry, $overdueOnly: Boolean!) {\n    pipeline(perStage: 100, search: $search, industry: $industry, overdueOnly: $overdueOnly) {\n      stage totalCount projects { name stage organisation { name industry } adaptation { overdue } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectPageAfter($after: String) { projects(first: 3, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }\n"): (typeof documents)["\n  query ProjectPageAfter($after: String) { projects(first: 3, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScenarioCreateOrganisation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id name } userErrors { code field } } }"): (typeof documents)["mutation ScenarioCreateOrganisation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id name } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScenarioInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { inviteUrl userErrors { code field } } }"): (typeof documents)["mutation ScenarioInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { inviteUrl userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScenarioAcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { id email } userErrors { code field } } }"): (typeof documents)["mutation ScenarioAcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { id email } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScenarioApplyForProject($input: ApplyForProjectInput!) { applyForProject(input: $input) { project { id name stage } userErrors { code field } } }"): (typeof documents)["mutation ScenarioApplyForProject($input: ApplyForProjectInput!) { applyForProject(input: $input) { project { id name stage } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScenarioTransitionProject($input: TransitionProjectInput!) { transitionProject(input: $input) { project { id stage } userErrors { code field } } }"): (typeof documents)["mutation ScenarioTransitionProject($input: TransitionProjectInput!) { transitionProject(input: $input) { project { id stage } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScenarioCheckAdaptationItem($input: SetAdaptationChecklistItemInput!) { setAdaptationChecklistItem(input: $input) { project { id } userErrors { code } } }"): (typeof documents)["mutation ScenarioCheckAdaptationItem($input: SetAdaptationChecklistItemInput!) { setAdaptationChecklistItem(input: $input) { project { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScenarioCreateCluster($input: CreateClusterInput!) { createCluster(input: $input) { cluster { id name } userErrors { code field } } }"): (typeof documents)["mutation ScenarioCreateCluster($input: CreateClusterInput!) { createCluster(input: $input) { cluster { id name } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScenarioAddNodes($input: AddNodesInput!) { addNodes(input: $input) { cluster { id nodes { id name cardType cards { id } } } userErrors { code field } } }"): (typeof documents)["mutation ScenarioAddNodes($input: AddNodesInput!) { addNodes(input: $input) { cluster { id nodes { id name cardType cards { id } } } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScenarioCentre { organisations(first: 1, kind: CENTRE) { edges { node { id } } } }"): (typeof documents)["query ScenarioCentre { organisations(first: 1, kind: CENTRE) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TermSheetNames($id: ID!) {\n    termSheet(id: $id) {\n      id projectName organisationName\n      proposers { versionNo name }\n      acceptances { side userName }\n    }\n  }\n"): (typeof documents)["\n  query TermSheetNames($id: ID!) {\n    termSheet(id: $id) {\n      id projectName organisationName\n      proposers { versionNo name }\n      acceptances { side userName }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkingCalendarOfYear($year: Int!) {\n    workingCalendar(year: $year) {\n      year\n      workingDayCount\n      days { day kind name source updatedAt }\n      businessHours { dayStartMinute dayEndMinute timeZone }\n    }\n  }\n"): (typeof documents)["\n  query WorkingCalendarOfYear($year: Int!) {\n    workingCalendar(year: $year) {\n      year\n      workingDayCount\n      days { day kind name source updatedAt }\n      businessHours { dayStartMinute dayEndMinute timeZone }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCalendarDayForTest($input: SetCalendarDayInput!) {\n    setCalendarDay(input: $input) {\n      calendarDay { day kind name source }\n      userErrors { code field }\n    }\n  }\n"): (typeof documents)["\n  mutation SetCalendarDayForTest($input: SetCalendarDayInput!) {\n    setCalendarDay(input: $input) {\n      calendarDay { day kind name source }\n      userErrors { code field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCalendarDayForTest($input: RemoveCalendarDayInput!) {\n    removeCalendarDay(input: $input) {\n      removedDay\n      userErrors { code field }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveCalendarDayForTest($input: RemoveCalendarDayInput!) {\n    removeCalendarDay(input: $input) {\n      removedDay\n      userErrors { code field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetBusinessHoursForTest($input: SetBusinessHoursInput!) {\n    setBusinessHours(input: $input) {\n      businessHours { dayStartMinute dayEndMinute timeZone }\n      userErrors { code field }\n    }\n  }\n"): (typeof documents)["\n  mutation SetBusinessHoursForTest($input: SetBusinessHoursInput!) {\n    setBusinessHours(input: $input) {\n      businessHours { dayStartMinute dayEndMinute timeZone }\n      userErrors { code field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarAuditEvents($action: String) {\n    auditEvents(first: 20, action: $action) {\n      edges { node { action targetId detailsJson } }\n    }\n  }\n"): (typeof documents)["\n  query CalendarAuditEvents($action: String) {\n    auditEvents(first: 20, action: $action) {\n      edges { node { action targetId detailsJson } }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;