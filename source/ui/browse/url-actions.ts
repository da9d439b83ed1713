import clipboard from 'clipboardy';
import open from 'open';

/** What `o` and `y` do with a job's URL; tests pass their own. */
export type UrlActions = {
	open: (url: string) => Promise<void>;
	/** Copies the text; says where it went. */
	copy: (text: string) => Promise<'clipboard' | 'terminal'>;
};

/** The browser and the system clipboard, with the terminal as fallback. */
export const systemUrlActions: UrlActions = {
	async open(url) {
		await open(url);
	},
	async copy(text) {
		try {
			await clipboard.write(text);
			return 'clipboard';
		} catch {
			// No clipboard tool here (a server over SSH, a container): ask the
			// terminal to copy instead with OSC 52. The sequence prints
			// nothing and moves no cursor, so it cannot disturb Ink's frame;
			// terminals that do not know it ignore it.
			process.stdout.write(osc52(text));
			return 'terminal';
		}
	},
};

/** The escape sequence that asks a terminal to put text on its clipboard. */
export function osc52(text: string): string {
	return `\u001B]52;c;${Buffer.from(text, 'utf8').toString('base64')}\u0007`;
}

/**
 * Only web addresses are opened or copied: the URL comes from an export,
 * and handing `file:` or a command-like string to the system opener would
 * let a crafted export run things on this machine.
 */
export function isWebUrl(url: string): boolean {
	try {
		const {protocol} = new URL(url);
		return protocol === 'https:' || protocol === 'http:';
	} catch {
		return false;
	}
}
