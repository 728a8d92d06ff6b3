#!/usr/bin/env node
// Checks a JSON array of xAPI statements with the xapi-validation package (npm).
// Usage: node validate.js FILE. Exit 0: every statement valid; 1: problems (printed);
// 2: the file is missing, not JSON or not an array.
'use strict';
const fs = require('fs');
const validate = require('xapi-validation').default;

const file = process.argv[2];
if (!file) {
    console.error('usage: node validate.js FILE');
    process.exit(2);
}
let statements;
try {
    statements = JSON.parse(fs.readFileSync(file, 'utf8'));
} catch (e) {
    console.error(`${file}: ${e.message}`);
    process.exit(2);
}
if (!Array.isArray(statements)) {
    console.error(`${file}: expected a JSON array of statements`);
    process.exit(2);
}
let invalid = 0;
statements.forEach((statement, index) => {
    const problems = validate(statement);
    if (problems.length === 0)
        return;
    invalid += 1;
    console.log(`statement ${index} (${statement && statement.id}):`);
    for (const p of problems) {
        // A warning keeps the offending value in `data`: show it, it says more than the type.
        const path = Array.isArray(p.path) ? p.path.join('.') : String(p.path);
        console.log(`  ${path}: ${p.constructor.name}${p.typeName ? ' (' + p.typeName + ')' : ''}`
                    + ` value ${JSON.stringify(p.data)}`);
    }
});
console.log(`${statements.length - invalid} of ${statements.length} statements valid`);
process.exit(invalid === 0 ? 0 : 1);
