package de.smartcitysearch.server;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * An answer sent before the request body has arrived in full says {@code Connection: close}, so no
 * client reuses a connection the server is about to close.
 *
 * <p>Jetty cannot keep a connection whose request body is still on its way (it would read the rest
 * of the body as the next request), so it closes it after the answer. It says so in the answer only
 * when the answer is still uncommitted at the end of the request; Spark commits its answers (as
 * chunks) before that, so an error answered before the body was read (404, 405, 401, 413) went out
 * looking reusable and the client's next request on that connection failed with no bytes. At the
 * first write of an answer, the part of the body that has arrived is discarded, as Jetty does at
 * the end; if more is still to come, the answer says that the connection closes.
 */
final class UnreadBodyGuard extends Handler.Wrapper {

  UnreadBodyGuard(Handler handler) {
    super(handler);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    if (request.getLength() == 0) { // no body: nothing can be left unread
      return super.handle(request, response, callback);
    }
    return super.handle(request, new ClosingIfUnread(request, response), callback);
  }

  /** The answer, checking the request body at its first write, while its headers can change. */
  private static final class ClosingIfUnread extends Response.Wrapper {

    private boolean checked;

    ClosingIfUnread(Request request, Response response) {
      super(request, response);
    }

    @Override
    public void write(boolean last, ByteBuffer content, Callback callback) {
      if (!checked) {
        checked = true;
        if (!isCommitted() && !getRequest().consumeAvailable()) {
          getHeaders().put(HttpFields.CONNECTION_CLOSE);
          framed(last, content);
        }
      }
      super.write(last, content, callback);
    }

    /**
     * Keeps the answer's end marked by its length or its chunks: with {@code Connection: close}
     * Jetty would otherwise end it by closing, and the unread body makes that close a reset, which
     * can destroy the answer before the client has read it.
     */
    private void framed(boolean last, ByteBuffer content) {
      HttpFields.Mutable headers = getHeaders();
      if (headers.contains(HttpHeader.CONTENT_LENGTH)) {
        return;
      }
      if (last) {
        headers.put(HttpHeader.CONTENT_LENGTH, content == null ? 0 : content.remaining());
      } else if (getRequest().getConnectionMetaData().getHttpVersion() == HttpVersion.HTTP_1_1) {
        headers.put(HttpHeader.TRANSFER_ENCODING, HttpHeaderValue.CHUNKED.asString());
      }
    }
  }
}
