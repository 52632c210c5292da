package org.ism4j.ssim;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A stream of characters for the {@link Tokenizer}: from a string, a reader, or bytes decoded
 * strictly. A leading byte order mark is dropped. Not thread-safe.
 *
 * <p>{@link #read()} returns a character, {@link #EOF}, or {@link #MALFORMED} when the bytes at this
 * point cannot be decoded; a source that has returned {@code MALFORMED} keeps returning it, and
 * {@link #malformedBytes()} tells which bytes were wrong. The characters decoded before the bad
 * bytes are all delivered first, so the reader of this source knows the exact position.
 *
 * <p>Every source decodes into one window, {@code buf[pos, limit)}: the characters decoded and not
 * yet read. {@link #peek} and {@link #skip} look into it without I/O; {@link #fillMore()} adds to it
 * while keeping what it holds, so a reader can scan a whole line before it consumes any of it.
 */
abstract class TextSource {
  static final int EOF = -1;
  static final int MALFORMED = -2;

  /** What {@link #peek} returns for a character not yet in the buffer. */
  static final int NOT_BUFFERED = -4;

  /** The size of the window at first. */
  static final int BUFFER = 8192;

  /** The most characters {@link #fillMore()} lets the window hold: 2 MB of chars. */
  static final int MAX_WINDOW = 1 << 20;

  /** The window: {@code buf[pos, limit)} are decoded and not yet read. */
  char[] buf = new char[BUFFER];
  int pos;
  int limit;
  /** The most characters the window may grow to. */
  private int maxWindow = MAX_WINDOW;

  /**
   * Sets the window's first size and its most, before anything is read; tests use small ones so
   * that every line crosses the window's end.
   *
   * @return this source
   */
  TextSource window(int initial, int most) {
    if (pos != 0 || limit != 0 || initial < 2 || most < initial) {
      throw new IllegalArgumentException("window " + initial + ".." + most + " set too late or too small");
    }
    buf = new char[initial];
    maxWindow = most;
    return this;
  }

  /**
   * Returns the next character, {@link #EOF} or {@link #MALFORMED}.
   *
   * @return the character or a negative code
   */
  final int read() throws IOException {
    return pos < limit ? buf[pos++] : underflow();
  }

  /**
   * Refills the empty window ({@code pos == limit}) from the front of {@code buf} and returns its
   * first character as {@link #read()} does, or {@link #EOF} or {@link #MALFORMED}.
   */
  private int underflow() throws IOException {
    pos = 0;
    limit = 0;
    int added = fill();
    return added > 0 ? buf[pos++] : added;
  }

  /**
   * Adds characters to {@code buf} after {@code limit} (at least one free place is there), as many
   * as fit and are ready, and returns how many (at least one), or {@link #EOF} at the end of the
   * input, or {@link #MALFORMED} when the next bytes do not decode.
   */
  abstract int fill() throws IOException;

  /**
   * Adds characters to the window after {@code limit}, keeping {@code buf[pos, limit)}: they may
   * move to the front of {@code buf}, and {@code buf} may be replaced by a larger array (up to
   * {@link #MAX_WINDOW} characters, or what {@link #window} set), so callers re-read {@code buf}, {@code pos} and {@code limit}.
   *
   * @return how many characters were added (at least one); {@link #EOF} at the end of the input;
   *     {@link #NOT_BUFFERED} when none can be added now, because the window is full or bytes that
   *     do not decode come next ({@link #read()} reports them once the window is read)
   */
  abstract int fillMore() throws IOException;

  /**
   * Returns the character {@code k} places after the next one {@link #read()} would return,
   * without reading it and without any I/O: only what is already decoded into the buffer, as
   * read() would return it (no line break translation, no checks).
   *
   * @param k 0 for the next character
   * @return the character, or {@link #NOT_BUFFERED}
   */
  final int peek(int k) {
    return k < limit - pos ? buf[pos + k] : NOT_BUFFERED;
  }

  /**
   * Skips {@code k} characters that {@link #peek} has shown to be buffered.
   *
   * @param k how many
   */
  final void skip(int k) {
    if (k > limit - pos) {
      throw new IllegalStateException("skipping " + k + " characters, " + (limit - pos) + " buffered");
    }
    pos += k;
  }

  /**
   * Makes room after {@code limit} for {@link #fillMore()} when less than an eighth of {@code buf}
   * is free: moves the window to the front of {@code buf} when that frees a quarter of it, else
   * grows {@code buf} up to its most.
   *
   * @return the free characters after {@code limit}
   */
  final int makeRoom() {
    if (buf.length - limit >= Math.max(2, buf.length / 8)) {
      return buf.length - limit;
    }
    int held = limit - pos;
    if (pos >= Math.max(2, buf.length / 4)) {
      System.arraycopy(buf, pos, buf, 0, held);
    } else if (buf.length < maxWindow) {
      char[] grown = new char[(int) Math.min(maxWindow, 2L * buf.length)];
      System.arraycopy(buf, pos, grown, 0, held);
      buf = grown;
    } else if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, held);
    }
    pos = 0;
    limit = held;
    return buf.length - limit;
  }

  String malformedBytes() {
    return "";
  }

  /** The name of the encoding being decoded, for messages. */
  String encoding() {
    return "UTF-8";
  }

  static TextSource of(CharSequence text) {
    return new CharSequenceSource(text);
  }

  static TextSource of(Reader reader) {
    return new ReaderSource(reader);
  }

  /**
   * Decodes bytes strictly: UTF-8, or UTF-16 when the stream starts with a UTF-16 byte order mark.
   */
  static TextSource of(InputStream in) {
    return new ByteSource(in);
  }

  private static final class CharSequenceSource extends TextSource {
    private final CharSequence text;
    /** The next character of {@link #text} not yet copied into the window. */
    private int next;

    CharSequenceSource(CharSequence text) {
      this.text = text;
      this.next = text.length() > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
    }

    @Override
    int fillMore() {
      if (next >= text.length()) {
        return EOF;
      }
      return makeRoom() == 0 ? NOT_BUFFERED : fill();
    }

    /** Copies the next characters of the text into the window. */
    @Override
    int fill() {
      int count = Math.min(buf.length - limit, text.length() - next);
      if (count == 0) {
        return EOF;
      }
      if (text instanceof String) {
        ((String) text).getChars(next, next + count, buf, limit);
      } else {
        for (int k = 0; k < count; k++) {
          buf[limit + k] = text.charAt(next + k);
        }
      }
      next += count;
      limit += count;
      return count;
    }
  }

  private static final class ReaderSource extends TextSource {
    private final Reader reader;
    private boolean first = true;
    private boolean ended;

    ReaderSource(Reader reader) {
      this.reader = reader;
    }

    @Override
    int fillMore() throws IOException {
      if (ended) {
        return EOF;
      }
      return makeRoom() == 0 ? NOT_BUFFERED : fill();
    }

    /** Reads into the window, dropping a byte order mark at the very start. */
    @Override
    int fill() throws IOException {
      while (!ended) {
        int n = reader.read(buf, limit, buf.length - limit);
        if (n < 0) {
          ended = true;
          break;
        }
        if (first && n > 0) {
          first = false;
          if (buf[limit] == '\uFEFF') {
            System.arraycopy(buf, limit + 1, buf, limit, n - 1);
            n--;
          }
        }
        if (n > 0) {
          limit += n;
          return n;
        }
      }
      return EOF;
    }
  }

  private static final class ByteSource extends TextSource {
    private final InputStream in;
    private final ByteBuffer bytes = ByteBuffer.allocate(8192);
    /** {@link #buf} as the decoder's output; wrapped anew when {@code buf} grows. */
    private CharBuffer chars;
    private CharsetDecoder decoder;
    private boolean endOfInput;
    private boolean flushed;
    private String malformed;

    ByteSource(InputStream in) {
      this.in = in;
    }

    @Override
    String malformedBytes() {
      return malformed == null ? "" : malformed;
    }

    @Override
    String encoding() {
      return decoder == null ? "UTF-8" : decoder.charset().name();
    }

    @Override
    int fillMore() throws IOException {
      if (malformed != null) {
        return NOT_BUFFERED;
      }
      if (flushed) {
        return EOF;
      }
      // two free characters at least, so that a surrogate pair always fits
      if (makeRoom() < 2) {
        return NOT_BUFFERED;
      }
      int added = fill();
      return added == MALFORMED ? NOT_BUFFERED : added;
    }

    /** Decodes the next bytes into the window. */
    @Override
    int fill() throws IOException {
      if (decoder == null) {
        start();
      }
      if (chars == null || chars.array() != buf) {
        chars = CharBuffer.wrap(buf);
      }
      while (true) {
        if (malformed != null) {
          return MALFORMED;
        }
        if (flushed) {
          return EOF;
        }
        chars.limit(buf.length).position(limit);
        CoderResult r = decoder.decode(bytes, chars, endOfInput);
        if (r.isError()) {
          StringBuilder sb = new StringBuilder();
          for (int i = 0; i < r.length(); i++) {
            if (i > 0) {
              sb.append(' ');
            }
            sb.append(String.format(Locale.ROOT, "0x%02X", bytes.get(bytes.position() + i) & 0xFF));
          }
          malformed = sb.toString();
        } else if (r.isUnderflow()) {
          if (endOfInput) {
            if (decoder.flush(chars).isUnderflow()) {
              flushed = true;
            }
          } else {
            bytes.compact();
            readBytes();
            bytes.flip();
          }
        }
        int added = chars.position() - limit;
        limit = chars.position();
        if (added > 0) {
          return added;
        }
      }
    }

    /** Reads more bytes into the buffer (in write mode); sets {@link #endOfInput} at the end. */
    private void readBytes() throws IOException {
      while (bytes.hasRemaining()) {
        int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (n < 0) {
          endOfInput = true;
          return;
        }
        bytes.position(bytes.position() + n);
        if (n > 0) {
          return;
        }
      }
    }

    /** Reads the first bytes, drops a byte order mark and picks the decoder. */
    private void start() throws IOException {
      bytes.clear();
      while (bytes.position() < 3 && !endOfInput) {
        readBytes();
      }
      bytes.flip();
      java.nio.charset.Charset charset = StandardCharsets.UTF_8;
      int b0 = bytes.remaining() > 0 ? bytes.get(0) & 0xFF : -1;
      int b1 = bytes.remaining() > 1 ? bytes.get(1) & 0xFF : -1;
      int b2 = bytes.remaining() > 2 ? bytes.get(2) & 0xFF : -1;
      if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
        bytes.position(3);
      } else if (b0 == 0xFF && b1 == 0xFE) {
        charset = StandardCharsets.UTF_16LE;
        bytes.position(2);
      } else if (b0 == 0xFE && b1 == 0xFF) {
        charset = StandardCharsets.UTF_16BE;
        bytes.position(2);
      }
      decoder = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
  }
}
