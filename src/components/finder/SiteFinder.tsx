import { AnswerView } from './AnswerView';
import { Finder, type FinderProps } from './Finder';
import { readState, writeState } from './url-state';

const urlState = { read: readState, write: writeState };

/** The Finder with its state in the URL: the finder page and the widget, where links and Back work. */
export function SiteFinder(props: Omit<FinderProps, 'url' | 'Answer'>) {
	return <Finder {...props} url={urlState} Answer={AnswerView} />;
}
