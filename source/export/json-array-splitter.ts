/** What kept a text from being read as a JSON array of items. */
export type JsonArrayProblem =
	/** Nothing but blanks. */
	| 'empty'
	/** Text that is not JSON at all. */
	| 'not-json'
	/** A JSON object where the array should begin. */
	| 'object'
	/** One string, number, `true`, `false` or `null` instead of an array. */
	| 'value'
	/** The text ends before the array is closed. */
	| 'truncated'
	/** Text that is not valid JSON inside the array. */
	| 'damaged'
	/** Text after the `]` that closes the array. */
	| 'trailing';

/**
 * Why the splitter stopped, with where: the message says what was found
 * and on which line, in words fit to quote inside a sentence.
 */
export class JsonArrayError extends Error {
	override readonly name = 'JsonArrayError';

	constructor(
		message: string,
		readonly problem: JsonArrayProblem,
		/** Items complete and valid before the problem. */
		readonly itemsRead: number,
		/** The line of the problem, counted from 1. */
		readonly line: number,
		options?: {cause?: unknown},
	) {
		super(message, options);
	}
}

const quote = 0x22;
const backslash = 0x5c;
const comma = 0x2c;
const openBrace = 0x7b;
const closeBrace = 0x7d;
const openBracket = 0x5b;
const closeBracket = 0x5d;
const newline = 0x0a;
const colon = 0x3a;
const byteOrderMark = [0xef, 0xbb, 0xbf];

// Where the scan is, as small integers: compared on every structural
// byte, so kept cheap.
const Phase = {
	/** Before the `[`: a byte-order mark and blanks may come first. */
	start: 0,
	/** After `[`: an item or `]`. */
	firstItem: 1,
	/** After `,`: an item. */
	nextItem: 2,
	/** Inside an item. */
	item: 3,
	/** After an item: `,` or `]`. */
	afterItem: 4,
	/** After the closing `]`: blanks only. */
	done: 5,
	/** The text does not begin with `[` but may be one JSON value. */
	value: 6,
} as const;

type Phase = (typeof Phase)[keyof typeof Phase];

// A text that is not an array but begins like a JSON value is read this
// far to tell one value (a mistaken export) from another format such as
// CSV; a single value larger than this is not a realistic export.
const valueProbeLimit = 1024 * 1024;

/**
 * Splits a JSON array, fed as byte chunks, into its items and parses each
 * item with `JSON.parse`: much faster than a token-by-token parser, since
 * the bytes between items only need their brackets and quotes counted.
 * Only the item being assembled is kept, so memory stays flat however
 * long the array is.
 *
 * The scan works on bytes, not characters: every byte of a multibyte
 * UTF-8 character is 0x80 or above, so none can be mistaken for a quote,
 * backslash or bracket. Each item is decoded and validated by
 * `JSON.parse`; the scan itself checks the array around the items.
 *
 * Throws `JsonArrayError` from `write` or `end` at the first problem, after
 * handing on every item before it; once thrown, it throws the same error
 * again.
 */
export class JsonArraySplitter {
	#phase: Phase = Phase.start;
	/** Brackets and braces open in the current item. */
	#depth = 0;
	#inString = false;
	/** The chunk ended on an unpaired backslash inside a string. */
	#escaped = false;
	/** The item is a number, `true`, `false` or `null`. */
	#scalar = false;
	/** Parts of the current item (or value) from earlier chunks. */
	#pieces: Buffer[] = [];
	#piecesLength = 0;
	#itemLine = 1;
	#line = 1;
	/** Bytes of a leading byte-order mark seen; -1 once past where it can be. */
	#byteOrderMarkBytes = 0;
	#itemsRead = 0;
	#failure: JsonArrayError | undefined;

	/** Items complete and valid so far. */
	get itemsRead(): number {
		return this.#itemsRead;
	}

	/**
	 * Scans the next chunk, calling `onItem` with each item it completes,
	 * in order.
	 */
	write(chunk: Buffer, onItem: (item: unknown) => void): void {
		if (this.#failure) {
			throw this.#failure;
		}

		try {
			this.#write(chunk, onItem);
		} catch (error) {
			if (error instanceof JsonArrayError) {
				this.#failure = error;
			}

			throw error;
		}
	}

	/** Says the text is complete; throws unless it was a closed array. */
	end(): void {
		if (this.#failure) {
			throw this.#failure;
		}

		this.#failure = this.#endFailure();

		if (this.#failure) {
			throw this.#failure;
		}
	}

	#write(chunk: Buffer, onItem: (item: unknown) => void): void {
		const length = chunk.length;
		let at = 0;
		// Where the current item begins in this chunk; 0 when it began in
		// an earlier one, whose part is then in #pieces.
		let itemStart = 0;

		while (at < length) {
			if (this.#phase === Phase.item) {
				const end = this.#scanItem(chunk, at);

				if (end < 0) {
					this.#keep(chunk.subarray(itemStart));
					return;
				}

				this.#finishItem(chunk, itemStart, end, onItem);
				this.#phase = Phase.afterItem;
				at = end;
				continue;
			}

			if (this.#phase === Phase.value) {
				this.#keep(chunk.subarray(at));

				if (this.#piecesLength > valueProbeLimit) {
					throw this.#notJson();
				}

				return;
			}

			const byte = chunk[at]!;

			if (this.#phase === Phase.start && this.#isByteOrderMark(byte)) {
				at += 1;
				continue;
			}

			if (byte === newline) {
				this.#line += 1;
				at += 1;
				continue;
			}

			if (isBlank(byte)) {
				at += 1;
				continue;
			}

			switch (this.#phase) {
				case Phase.start: {
					if (this.#begin(byte)) {
						break;
					}

					// A possible single value is kept from its first byte.
					continue;
				}

				case Phase.firstItem:
				case Phase.nextItem: {
					if (byte === closeBracket && this.#phase === Phase.firstItem) {
						this.#phase = Phase.done;
						break;
					}

					if (
						byte === comma ||
						byte === closeBracket ||
						byte === closeBrace ||
						byte === colon
					) {
						throw this.#damaged(
							`line ${this.#line}: ${shown(byte)} where an item should begin`,
						);
					}

					this.#startItem(byte);
					itemStart = at;
					continue;
				}

				case Phase.afterItem: {
					if (byte === comma) {
						this.#phase = Phase.nextItem;
						break;
					}

					if (byte === closeBracket) {
						this.#phase = Phase.done;
						break;
					}

					throw this.#damaged(
						`line ${this.#line}: ${shown(byte)} after an item, where \`,\` or \`]\` should be`,
					);
				}

				case Phase.done: {
					throw new JsonArrayError(
						`line ${this.#line}: text after the \`]\` that closes the array`,
						'trailing',
						this.#itemsRead,
						this.#line,
					);
				}
			}

			at += 1;
		}
	}

	/**
	 * Judges the first character that is not blank; true when it is the
	 * `[` that opens the array.
	 */
	#begin(byte: number): boolean {
		if (byte === openBracket) {
			this.#phase = Phase.firstItem;
			return true;
		}

		if (byte === openBrace) {
			throw new JsonArrayError(
				'a JSON object where an array should begin',
				'object',
				0,
				this.#line,
			);
		}

		if (!canBeginValue(byte)) {
			throw this.#notJson();
		}

		this.#phase = Phase.value;
		return false;
	}

	/** True for a byte of the mark at the very start; throws on part of one. */
	#isByteOrderMark(byte: number): boolean {
		const seen = this.#byteOrderMarkBytes;

		if (seen < 0) {
			return false;
		}

		if (byteOrderMark[seen] === byte) {
			this.#byteOrderMarkBytes =
				seen + 1 === byteOrderMark.length ? -1 : seen + 1;
			return true;
		}

		if (seen > 0) {
			throw this.#notJson();
		}

		this.#byteOrderMarkBytes = -1;
		return false;
	}

	#startItem(byte: number): void {
		this.#phase = Phase.item;
		this.#itemLine = this.#line;
		this.#depth = 0;
		this.#inString = false;
		this.#escaped = false;
		this.#scalar = byte !== openBrace && byte !== openBracket && byte !== quote;
	}

	/**
	 * Reads the current item from `from`; returns where it ends (the index
	 * after its last byte) or -1 when it goes on into the next chunk.
	 */
	#scanItem(chunk: Buffer, from: number): number {
		const length = chunk.length;

		if (this.#scalar) {
			for (let at = from; at < length; at += 1) {
				const byte = chunk[at]!;

				if (byte === comma || byte === closeBracket || isBlank(byte)) {
					return at;
				}
			}

			return -1;
		}

		let depth = this.#depth;
		let at = from;

		if (this.#inString) {
			const close = this.#closingQuote(chunk, at);

			if (close < 0) {
				return -1;
			}

			this.#inString = false;
			at = close + 1;

			if (depth === 0) {
				return at;
			}
		}

		// Newlines inside strings are escaped in valid JSON, so counting
		// them only between strings numbers the lines of a valid file, and
		// of a damaged one up to the damage.
		let line = this.#line;

		for (; at < length; at += 1) {
			const byte = chunk[at]!;

			if (byte === quote) {
				const close = this.#closingQuote(chunk, at + 1);

				if (close < 0) {
					this.#inString = true;
					break;
				}

				at = close;

				if (depth === 0) {
					this.#line = line;
					return at + 1;
				}
			} else if (byte === openBrace || byte === openBracket) {
				depth += 1;
			} else if (byte === closeBrace || byte === closeBracket) {
				depth -= 1;

				// Which bracket closes which is left to JSON.parse: a
				// mismatch fails there, with its position.
				if (depth === 0) {
					this.#line = line;
					return at + 1;
				}
			} else if (byte === newline) {
				line += 1;
			}
		}

		this.#depth = depth;
		this.#line = line;
		return -1;
	}

	/**
	 * Finds the quote that closes the string whose text starts at `from`;
	 * -1 when the string goes on into the next chunk. Searching for the
	 * quote natively and then checking the backslashes before it is much
	 * faster than looking at every byte of a long description.
	 */
	#closingQuote(chunk: Buffer, from: number): number {
		let at = from;

		if (this.#escaped) {
			// The previous chunk ended on a backslash: this first byte is
			// the character it escapes.
			this.#escaped = false;
			at += 1;
		}

		for (;;) {
			const found = chunk.indexOf(quote, at);

			if (found < 0) {
				this.#escaped = endsInUnpairedBackslash(chunk, chunk.length, at);
				return -1;
			}

			if (!endsInUnpairedBackslash(chunk, found, at)) {
				return found;
			}

			at = found + 1;
		}
	}

	#keep(piece: Buffer): void {
		if (piece.length > 0) {
			this.#pieces.push(piece);
			this.#piecesLength += piece.length;
		}
	}

	#finishItem(
		chunk: Buffer,
		start: number,
		end: number,
		onItem: (item: unknown) => void,
	): void {
		let text: string;

		if (this.#pieces.length === 0) {
			text = chunk.toString('utf8', start, end);
		} else {
			this.#pieces.push(chunk.subarray(0, end));
			text = Buffer.concat(this.#pieces).toString('utf8');
			this.#pieces = [];
			this.#piecesLength = 0;
		}

		let item: unknown;

		try {
			item = JSON.parse(text);
		} catch (error) {
			throw this.#invalidItem(text, error);
		}

		this.#itemsRead += 1;
		onItem(item);
	}

	/** Says where in the file `JSON.parse` found an item invalid. */
	#invalidItem(text: string, error: unknown): JsonArrayError {
		const message = error instanceof Error ? error.message : String(error);
		// "... in JSON at position 42", with "(line 2 column 7)" after it in
		// newer engines; the position counts characters of this item.
		const match =
			/ in JSON at position (\d+)(?: \(line \d+ column \d+\))?$/.exec(message);

		if (!match) {
			return this.#damaged(
				`the item from line ${this.#itemLine}: ${message}`,
				this.#itemLine,
				error,
			);
		}

		const position = Number(match[1]);
		let line = this.#itemLine;

		for (
			let at = text.indexOf('\n');
			at >= 0 && at < position;
			at = text.indexOf('\n', at + 1)
		) {
			line += 1;
		}

		return this.#damaged(
			`line ${line}: ${message.slice(0, match.index)}`,
			line,
			error,
		);
	}

	#damaged(message: string, line = this.#line, cause?: unknown) {
		return new JsonArrayError(message, 'damaged', this.#itemsRead, line, {
			cause,
		});
	}

	#notJson(): JsonArrayError {
		return new JsonArrayError(
			'text that does not begin like JSON',
			'not-json',
			0,
			this.#line,
		);
	}

	#endFailure(): JsonArrayError | undefined {
		switch (this.#phase) {
			case Phase.done:
				return undefined;

			case Phase.start:
				return this.#byteOrderMarkBytes > 0
					? this.#notJson()
					: new JsonArrayError('no text', 'empty', 0, this.#line);

			case Phase.value: {
				try {
					JSON.parse(Buffer.concat(this.#pieces).toString('utf8'));
				} catch {
					return this.#notJson();
				}

				return new JsonArrayError(
					'a single JSON value where an array should begin',
					'value',
					0,
					1,
				);
			}

			case Phase.item:
				return new JsonArrayError(
					`the text ends inside the item from line ${this.#itemLine}`,
					'truncated',
					this.#itemsRead,
					this.#line,
				);

			default:
				return new JsonArrayError(
					'the text ends before the `]` that closes the array',
					'truncated',
					this.#itemsRead,
					this.#line,
				);
		}
	}
}

/**
 * Yields the items of a JSON array read as byte chunks, in order. Items
 * complete before a problem are yielded before its `JsonArrayError`.
 */
export async function* splitJsonArray(
	chunks: AsyncIterable<Buffer>,
): AsyncGenerator<unknown> {
	const splitter = new JsonArraySplitter();
	const items: unknown[] = [];
	const take = (item: unknown) => {
		items.push(item);
	};

	for await (const chunk of chunks) {
		let failed = false;
		let failure: unknown;

		try {
			splitter.write(chunk, take);
		} catch (error) {
			failed = true;
			failure = error;
		}

		for (const item of items) {
			yield item;
		}

		items.length = 0;

		if (failed) {
			throw failure;
		}
	}

	splitter.end();
}

function isBlank(byte: number): boolean {
	return byte === 0x20 || byte === newline || byte === 0x0d || byte === 0x09;
}

/**
 * True when the bytes before `end`, looking no further back than `start`,
 * are an odd run of backslashes: the last one escapes what follows.
 */
function endsInUnpairedBackslash(
	chunk: Buffer,
	end: number,
	start: number,
): boolean {
	let at = end;

	while (at > start && chunk[at - 1] === backslash) {
		at -= 1;
	}

	return (end - at) % 2 === 1;
}

/** A string, a number, `true`, `false` or `null` can begin so. */
function canBeginValue(byte: number): boolean {
	return (
		byte === quote ||
		byte === 0x2d ||
		(byte >= 0x30 && byte <= 0x39) ||
		byte === 0x74 ||
		byte === 0x66 ||
		byte === 0x6e
	);
}

function shown(byte: number): string {
	return byte > 0x20 && byte < 0x7f
		? `\`${String.fromCharCode(byte)}\``
		: `byte 0x${byte.toString(16).padStart(2, '0')}`;
}
