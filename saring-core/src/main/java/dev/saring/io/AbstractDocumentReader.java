package dev.saring.io;

import dev.saring.document.Document;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;

/** A reader written as one method that returns the next document or empty at the end of the input. */
abstract class AbstractDocumentReader implements DocumentReader {
  private boolean iterated;

  /** The next document, or empty when the input is exhausted; reports bad records to the sink itself. */
  protected abstract Optional<Document> readNext();

  @Override
  public final Iterator<Document> iterator() {
    if (iterated) {
      throw new IllegalStateException("a document reader can be iterated once");
    }
    iterated = true;
    return new Iterator<>() {
      private Optional<Document> next;

      @Override
      public boolean hasNext() {
        if (next == null) {
          next = readNext();
        }
        return next.isPresent();
      }

      @Override
      public Document next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Document doc = next.get();
        next = null;
        return doc;
      }
    };
  }
}
