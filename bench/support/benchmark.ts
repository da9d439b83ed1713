/**
 * A benchmark prints figures, never passes or fails on time: these
 * machines are shared and noisy, so targets are read by a person from
 * ratios measured in one run. `quick` shrinks the work so CI can run
 * every benchmark and keep them from rotting.
 */
export type Benchmark = {
	name: string;
	run: (options: {quick: boolean}) => Promise<BenchmarkFigure[]>;
};

export type BenchmarkFigure = {
	/** The case within the benchmark: "10,000 jobs, PGlite". */
	case: string;
	metric: string;
	value: number;
	unit: string;
	/** The target, in words, where there is one: ">= 0.95". */
	target?: string;
};
