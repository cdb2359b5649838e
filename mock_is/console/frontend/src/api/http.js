// One fetch wrapper for every REST call the Console makes: the admin's bearer token, JSON in and out,
// and IS's error body ({code, message, description}, or SCIM's {detail}) kept on the thrown ApiError.

import { config } from "../config.js";
import { accessToken } from "../auth/oidc.js";

export class ApiError extends Error {
    constructor(status, body) {
        super(describe(status, body));
        this.status = status;
        this.body = body;
        this.code = body && body.code;
        this.description = (body && (body.description || body.detail)) || null;
    }
}

function describe(status, body) {
    if (body && (body.description || body.detail || body.message)) {
        return body.description || body.detail || body.message;
    }
    return `HTTP ${status}`;
}

export async function request(method, path, { body, query, headers } = {}) {
    const url = new URL(config().serverOrigin + path);
    Object.entries(query || {}).forEach(([k, v]) => {
        if (v !== undefined && v !== null) url.searchParams.set(k, v);
    });
    const init = { method, headers: { Authorization: `Bearer ${accessToken()}`, Accept: "application/json", ...headers } };
    if (body !== undefined) {
        init.body = JSON.stringify(body);
        init.headers["Content-Type"] = init.headers["Content-Type"] || "application/json";
    }
    const response = await fetch(url, init);
    const text = await response.text();
    const parsed = text ? safeJson(text) : null;
    if (!response.ok) {
        throw new ApiError(response.status, parsed);
    }
    return { status: response.status, body: parsed, headers: response.headers };
}

function safeJson(text) {
    try {
        return JSON.parse(text);
    } catch (e) {
        return { raw: text };
    }
}

export const get = (path, query) => request("GET", path, { query }).then((r) => r.body);
export const put = (path, body) => request("PUT", path, { body });
export const post = (path, body, query) => request("POST", path, { body, query });
export const patch = (path, body) => request("PATCH", path, { body });
export const del = (path) => request("DELETE", path);
