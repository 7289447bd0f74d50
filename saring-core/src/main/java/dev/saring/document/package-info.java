/**
 * The unit of work: a {@link dev.saring.document.Document} is an id, a text and a metadata map.
 *
 * <p>Its JSON form, one document per line, is the lingua franca of web-corpus tools (datatrove, dolma):
 * <pre>{"id": "...", "text": "...", "metadata": {"url": "...", "language": "ind_Latn"}}</pre>
 * {@link dev.saring.document.DocumentJson} reads and writes it; readers of other formats build documents
 * directly. Steps change a document's text and metadata in place; the runner decides where it goes.
 */
package dev.saring.document;
