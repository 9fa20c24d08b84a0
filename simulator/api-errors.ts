// Every failure the simulator answers with, as a class: the server turns an ApiError into its
// HTTP answer, the control surface turns an UnknownObjectError into 404. Nothing is matched by
// message text.

/** An API answer decided before the handler ran to completion. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadRequest extends ApiError {
  constructor(code: string, message: string) {
    super(400, code, message);
  }
}

/** No body, as the vendor's file says for 401. */
export class Unauthorized extends ApiError {
  constructor() {
    super(401, "UNAUTHORIZED", "");
  }
}

export class Forbidden extends ApiError {
  constructor(code: string, message: string) {
    super(403, code, message);
  }
}

/** No body, as the vendor's file says for 404. */
export class NotFound extends ApiError {
  constructor() {
    super(404, "NOT_FOUND", "");
  }
}

export class MethodNotAllowed extends ApiError {
  constructor(allow: string[]) {
    super(405, "METHOD_NOT_ALLOWED", "", { allow: allow.join(", ") });
  }
}

export class PayloadTooLarge extends ApiError {
  constructor(maxBytes: number) {
    super(413, "PAYLOAD_TOO_LARGE", `Request body exceeds the limit of ${maxBytes} bytes`, {
      connection: "close",
    });
  }
}

export class UnsupportedMediaType extends ApiError {
  constructor(contentType: string | undefined) {
    super(
      415,
      "UNSUPPORTED_MEDIA_TYPE",
      `Content type '${contentType}' is not supported; send application/json`,
    );
  }
}

export class TooManyRequests extends ApiError {
  constructor(retryAfterSeconds: string, scope: string) {
    super(429, "TOO_MANY_REQUESTS", `Rate limit per ${scope} exceeded; retry later`, {
      "retry-after": retryAfterSeconds,
    });
  }
}

/** The remote site does not answer (the vendor's `server-down` condition). */
export class RemoteSiteUnreachable extends ApiError {
  constructor(siteName: string) {
    super(
      500,
      "REMOTE_SITE_UNREACHABLE",
      `The remote site of vCenter Server ${siteName} is not reachable.`,
    );
  }
}

export class RemoteAuthenticationFailed extends Forbidden {
  constructor(username: string) {
    super(
      "REMOTE_AUTHENTICATION_FAILED",
      `Cannot log in to the remote site as '${username}': incorrect user name or password.`,
    );
  }
}

/** A control-surface call naming a pairing, site or task the simulator does not have. */
export class UnknownObjectError extends Error {
  constructor(what: string, id: string) {
    super(`simulator: no ${what} ${id}`);
    this.name = "UnknownObjectError";
  }
}
