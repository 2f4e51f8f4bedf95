// The parts every view shares. Import what you need from here, or each file directly.
export { announce } from './announce.js';
export { pageHeader, findHeading } from './page-header.js';
export { notice, loading, noticeStyles, type NoticeKind } from './notice.js';
export { CpaDataTable, type Column } from './data-table.js';
export { CpaBarChart, type Bar } from './bar-chart.js';
export { CpaConfirmStep } from './confirm-step.js';
