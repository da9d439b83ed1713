import {parseArgs} from 'node:util';
import Table from 'cli-table3';
import type {Benchmark, BenchmarkFigure} from './support/benchmark.js';

// Each benchmark module registers here; `npm run bench` runs them all and
// prints one table, `npm run bench:quick` (run by CI) a small version.
const benchmarks: Array<() => Promise<{benchmark: Benchmark}>> = [
	() => import('./ingest.bench.js'),
	() => import('./prompt-size.bench.js'),
	() => import('./report.bench.js'),
	() => import('./browse.bench.js'),
];

const {values} = parseArgs({
	options: {
		quick: {type: 'boolean', default: false},
		only: {type: 'string'},
	},
});

const figures: Array<BenchmarkFigure & {benchmark: string}> = [];

for (const load of benchmarks) {
	const {benchmark} = await load();

	if (values.only && !benchmark.name.includes(values.only)) {
		continue;
	}

	process.stderr.write(`running ${benchmark.name}...\n`);

	for (const figure of await benchmark.run({quick: values.quick})) {
		figures.push({...figure, benchmark: benchmark.name});
	}
}

const table = new Table({
	head: ['benchmark', 'case', 'metric', 'value', 'target'],
	style: {head: [], border: []},
});

for (const figure of figures) {
	table.push([
		figure.benchmark,
		figure.case,
		figure.metric,
		`${formatValue(figure.value)} ${figure.unit}`,
		figure.target ?? '',
	]);
}

console.log(
	`${values.quick ? 'Quick run' : 'Full run'}, ${new Date().toISOString().slice(0, 10)}, ` +
		`${(await import('node:os')).availableParallelism()} cores, Node ${process.version}`,
);
console.log(table.toString());

function formatValue(value: number): string {
	if (Number.isInteger(value)) return value.toLocaleString('en-US');
	return value.toLocaleString('en-US', {maximumFractionDigits: 3});
}
