// The batch benchmark's claims as an Excel workbook: the same rows as the CSV (generate.mjs),
// written the way Excel stores them: shared strings, the date as a date cell, amounts as numbers.
// Streaming (exceljs's WorkbookWriter), so a million rows need little memory.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import ExcelJS from 'exceljs';

/** Writes `xlsxFile` from the claims CSV `csvFile` (its header and every row). */
export async function claimsXlsx(csvFile, xlsxFile) {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsxFile, useSharedStrings: true, useStyles: true });
  const sheet = book.addWorksheet('claims');
  let header = true;
  for await (const line of createInterface({ input: createReadStream(csvFile), crlfDelay: Infinity })) {
    const c = line.split(',');
    if (header) {
      sheet.addRow(c).commit();
      header = false;
      continue;
    }
    const [y, m, d] = c[1].split('-').map(Number);
    const row = sheet.addRow([c[0], new Date(Date.UTC(y, m - 1, d)), c[2], c[3], c[4], c[5], c[6], Number(c[7]), c[8] === '' ? null : Number(c[8])]);
    row.getCell(2).numFmt = 'yyyy/m/d';
    row.commit();
  }
  sheet.commit();
  await book.commit();
}
