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
 */
abstract class TextSource {
  static final int EOF = -1;
  static final int MALFORMED = -2;

  abstract int read() throws IOException;

  /** The offending bytes after {@link #MALFORMED}, like {@code 0xFF} or {@code 0xC3 0x28}. */
  /** What {@link #peek} returns for a character not yet in the buffer. */
  static final int NOT_BUFFERED = -4;

  /**
   * Returns the character {@code k} places after the next one {@link #read()} would return,
   * without reading it and without any I/O: only what is already decoded into the buffer, as
   * read() would return it (no line break translation, no checks).
   *
   * @param k 0 for the next character
   * @return the character, or {@link #NOT_BUFFERED}
   */
  int peek(int k) {
    return NOT_BUFFERED;
  }

  /**
   * Skips {@code k} characters that {@link #peek} has shown to be buffered.
   *
   * @param k how many
   */
  void skip(int k) {
    throw new IllegalStateException("nothing buffered to skip");
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
    private int pos;

    CharSequenceSource(CharSequence text) {
      this.text = text;
      this.pos = text.length() > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
    }

    @Override
    int read() {
      return pos < text.length() ? text.charAt(pos++) : EOF;
    }

    @Override
    int peek(int k) {
      return pos + k < text.length() ? text.charAt(pos + k) : NOT_BUFFERED;
    }

    @Override
    void skip(int k) {
      pos += k;
    }
  }

  private static final class ReaderSource extends TextSource {
    private final Reader reader;
    private final char[] buf = new char[8192];
    private int pos;
    private int len;
    private boolean first = true;

    ReaderSource(Reader reader) {
      this.reader = reader;
    }

    @Override
    int read() throws IOException {
      while (pos >= len) {
        if (len < 0) {
          return EOF;
        }
        len = reader.read(buf, 0, buf.length);
        pos = 0;
        if (len < 0) {
          return EOF;
        }
        if (first && len > 0) {
          first = false;
          if (buf[0] == '\uFEFF') {
            pos = 1;
          }
        }
      }
      return buf[pos++];
    }

    @Override
    int peek(int k) {
      return pos + k < len ? buf[pos + k] : NOT_BUFFERED;
    }

    @Override
    void skip(int k) {
      pos += k;
    }
  }

  private static final class ByteSource extends TextSource {
    private final InputStream in;
    private final ByteBuffer bytes = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);
    private CharsetDecoder decoder;
    private boolean endOfInput;
    private boolean flushed;
    private String malformed;

    ByteSource(InputStream in) {
      this.in = in;
      chars.flip(); // empty, ready for reading
    }

    @Override
    String malformedBytes() {
      return malformed == null ? "" : malformed;
    }

    @Override
    int peek(int k) {
      return k < chars.remaining() ? chars.get(chars.position() + k) : NOT_BUFFERED;
    }

    @Override
    void skip(int k) {
      chars.position(chars.position() + k);
    }

    @Override
    String encoding() {
      return decoder == null ? "UTF-8" : decoder.charset().name();
    }

    @Override
    int read() throws IOException {
      if (chars.hasRemaining()) {
        return chars.get();
      }
      if (decoder == null) {
        start();
      }
      while (true) {
        if (malformed != null) {
          return MALFORMED;
        }
        if (flushed) {
          return EOF;
        }
        chars.clear();
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
            fill();
            bytes.flip();
          }
        }
        chars.flip();
        if (chars.hasRemaining()) {
          return chars.get();
        }
      }
    }

    /** Reads more bytes into the buffer (in write mode); sets {@link #endOfInput} at the end. */
    private void fill() throws IOException {
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
        fill();
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
