import ExcelJS from 'exceljs';
const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(process.argv[2]);
const ws = wb.worksheets[0];
ws.eachRow((row, n) => console.log(n, JSON.stringify(row.values.slice(1).map(v => v && typeof v === 'object' && 'formula' in v ? {F: v.formula} : v)), row.getCell(14).numFmt ?? ''));
