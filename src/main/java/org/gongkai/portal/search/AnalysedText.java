package org.gongkai.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A text split into words once, replayed as the words of its field and as the pairs of
 * adjacent words of its pair field: the analysis of Chinese text is the cost of indexing,
 * so it is not done twice.
 */
final class AnalysedText {

	/**
	 * Between the two words of a pair term (never inside a word: words hold no space).
	 */
	static final char PAIR_SEPARATOR = ' ';

	private final List<String> terms = new ArrayList<>();

	private final List<int[]> places = new ArrayList<>();

	private int finalOffset;

	private int finalIncrement;

	private AnalysedText() {
	}

	/** The words of {@code text} as {@code analyzer} finds them for {@code field}. */
	static AnalysedText of(Analyzer analyzer, String field, String text) {
		AnalysedText analysed = new AnalysedText();
		try (TokenStream stream = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				analysed.terms.add(term.toString());
				analysed.places
					.add(new int[] { offset.startOffset(), offset.endOffset(), increment.getPositionIncrement() });
			}
			stream.end();
			analysed.finalOffset = offset.endOffset();
			analysed.finalIncrement = increment.getPositionIncrement();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return analysed;
	}

	/** The pair term of two adjacent words. */
	static String pair(String first, String second) {
		return first + PAIR_SEPARATOR + second;
	}

	/** The words with their offsets and positions, as the analyzer gave them. */
	TokenStream words() {
		return new Replay(false);
	}

	/**
	 * Each word joined with the next one in the text, one term a pair (none when the text
	 * has fewer than two words): a superset of where a phrase of the two matches (a
	 * phrase needs them at consecutive positions, which are consecutive words of the
	 * text).
	 */
	TokenStream pairs() {
		return new Replay(true);
	}

	private final class Replay extends TokenStream {

		private final boolean pairs;

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

		private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

		private int next;

		Replay(boolean pairs) {
			this.pairs = pairs;
		}

		@Override
		public boolean incrementToken() {
			clearAttributes();
			if (pairs) {
				if (next + 1 >= terms.size()) {
					return false;
				}
				term.setEmpty().append(pair(terms.get(next), terms.get(next + 1)));
				offset.setOffset(places.get(next)[0], places.get(next + 1)[1]);
				next++;
				return true;
			}
			if (next >= terms.size()) {
				return false;
			}
			int[] place = places.get(next);
			term.setEmpty().append(terms.get(next));
			offset.setOffset(place[0], place[1]);
			increment.setPositionIncrement(place[2]);
			next++;
			return true;
		}

		@Override
		public void end() throws IOException {
			super.end();
			offset.setOffset(finalOffset, finalOffset);
			increment.setPositionIncrement(pairs ? 0 : finalIncrement);
		}

		@Override
		public void reset() throws IOException {
			super.reset();
			next = 0;
		}

	}

}
