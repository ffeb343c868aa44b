import { localized } from '../../../../../common/i18n';

/** The bulk tools' words (zh-CN first). */
export const bulkText = {
  menu: localized('从表格导入（CSV / Excel）…', 'Import from a table (CSV / Excel)…'),
  title: localized('从表格导入', 'Import from a table'),
  intro: localized(
    '每行一张券。先下载模板，按表头填写后导入；有问题的行不会导入，并告诉你第几行哪一列要怎么改，批次里已有的券都保留。',
    'One coupon a row. Download the template, fill it in under its headers and import it; rows with problems are left out and listed with the row, column and fix, and everything already in the batch stays.',
  ),
  backEnd: localized('导入为', 'Import as'),
  weixinCard: localized('微信卡券', 'Weixin coupons'),
  weixinCardDesc: localized('团购、代金、折扣、兑换、优惠券', 'Group-buy, cash, discount, gift, general'),
  memberCard: localized('会员卡', 'Member cards'),
  memberCardDesc: localized('积分、储值、激活方式', 'Points, stored value, activation'),
  template: localized('下载模板', 'Download the template'),
  templateCsv: localized('CSV 模板', 'CSV template'),
  templateXlsx: localized('Excel 模板', 'Excel template'),
  templateSaved: (path: string) => localized(`模板已保存到 ${path}`, `Template saved to ${path}`),
  choose: localized('选择 CSV 或 Excel 文件…', 'Choose a CSV or Excel file…'),
  working: localized('正在读取…', 'Reading…'),
  imported: (n: number, rows: number) => localized(`已导入 ${n} 张（共 ${rows} 行）`, `Imported ${n} of ${rows} rows`),
  convertedGbk: localized('文件是 GBK 编码，已自动转换。', 'The file was GBK-encoded and has been converted.'),
  errorsTitle: (n: number) => localized(`${n} 处需要修改（这些行没有导入）`, n === 1 ? '1 problem to fix (that row was not imported)' : `${n} problems to fix (those rows were not imported)`),
  rowColumn: (row: number, column: string) => localized(`第 ${row} 行 · ${column}`, `Row ${row} · ${column}`),
  close: localized('关闭', 'Close'),
  failed: localized('无法导入', 'Cannot import'),
  unavailable: localized('此环境不能导入表格（需要桌面应用或网页测试环境）', 'Table import is not available here (it needs the desktop app or the web harness)'),
} as const;

/** The bulk-edit dialog's words. */
export const bulkEditText = {
  menu: localized('批量修改…', 'Edit several…'),
  title: localized('批量修改', 'Edit several coupons'),
  intro: localized('勾选要修改的券，填写要统一设置的内容；留空的项目保持每张券原样。', 'Tick the coupons to change and fill in what they should share; anything left empty stays as each coupon has it.'),
  all: localized('全选', 'Select all'),
  color: localized('卡券颜色', 'Card colour'),
  keep: localized('不修改', 'Leave as is'),
  phone: localized('客服电话', 'Service phone'),
  begin: localized('有效期开始（中国时间）', 'Valid from (China time)'),
  end: localized('有效期结束（中国时间）', 'Valid until (China time)'),
  rangeIncomplete: localized('有效期请同时填写开始和结束日期，结束不能早于开始。', 'Fill in both validity dates; the end cannot be before the start.'),
  apply: (n: number) => localized(`修改选中的 ${n} 张`, `Change the ${n} selected`),
  done: (changed: number, locked: number) =>
    localized(`已修改 ${changed} 张${locked > 0 ? `；${locked} 张已在微信创建，未修改` : ''}`, `Changed ${changed}${locked > 0 ? `; ${locked} already created on Weixin were left as they are` : ''}`),
  untitled: localized('（未命名）', '(untitled)'),
} as const;
