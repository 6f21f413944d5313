# Varnish 7 in front of Provenance's Content API, purged by tag (deploy/varnish/README.md).
# Needs the xkey vmod (Debian: varnish-modules) and the CMS started with CDN_TAG_HEADERS including xkey (or
# Surrogate-Key), CDN_MAX_AGE above 0 and CDN_PURGE_VARNISH_URLS naming this Varnish.
vcl 4.1;

import std;
import xkey;

# The CMS. One instance here; several go behind a directors.round_robin() in vcl_init.
backend strapi {
    .host = "127.0.0.1";
    .port = "1337";
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
    # Strapi's own health route, for grace only. Sick only when none of the last 8 probes (40 s) was answered within
    # 4 s: a sick backend is not even tried on a miss, so a busy CMS must not be taken for a dead one. Healthy from
    # the start (`initial`), so the first reads do not wait.
    .probe = {
        .url = "/_health";
        .interval = 5s;
        .timeout = 4s;
        .window = 8;
        .threshold = 1;
        .initial = 1;
    }
}

# Who may purge: the CMS instances. Loopback by default; add their addresses.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Not allowed to purge."));
        }
        if (req.http.xkey-purge) {
            set req.http.n-gone = xkey.purge(req.http.xkey-purge);
            return (synth(200, "Purged " + req.http.n-gone));
        }
        if (req.http.xkey-softpurge) {
            set req.http.n-gone = xkey.softpurge(req.http.xkey-softpurge);
            return (synth(200, "Soft-purged " + req.http.n-gone));
        }
        return (synth(400, "PURGE needs an xkey-purge or xkey-softpurge header."));
    }
    # Only public reads of the Content API are kept: writes, previews and reads with a token or a session go through,
    # and so do the admin panel and uploads.
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.http.Authorization || req.http.Cookie || req.url !~ "^/api/") {
        return (pass);
    }
    # While the CMS answers, an expired answer is served at most 10 s while a fresh one is fetched; while it does not,
    # for as long as beresp.grace keeps it.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 10s;
    }
    return (hash);
}

sub vcl_backend_response {
    # Only answers the CMS tagged are kept: an untagged one (a 404, an old answer standing in) could never be purged.
    if (!beresp.http.Surrogate-Control) {
        set beresp.ttl = 0s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    # Surrogate-Control is addressed to us; its max-age is how long the answer is kept unless a write purges it.
    if (beresp.http.Surrogate-Control ~ "max-age=[0-9]+") {
        set beresp.ttl = std.duration(regsub(beresp.http.Surrogate-Control, "^.*max-age=([0-9]+).*$", "\1") + "s", 0s);
    }
    if (!beresp.http.xkey && beresp.http.Surrogate-Key) {
        set beresp.http.xkey = beresp.http.Surrogate-Key;
    }
    # A background refresh that fails keeps the answer we have rather than caching the error.
    if (beresp.status >= 500 && bereq.is_bgfetch) {
        return (abandon);
    }
    set beresp.grace = 6h;
}

sub vcl_backend_error {
    # A read that could not be fetched (a kept-alive connection the CMS had just closed: Node closes idle ones after 5 s)
    # is tried once more on a fresh connection before the reader gets a 503.
    if ((bereq.method == "GET" || bereq.method == "HEAD") && bereq.retries < 1) {
        return (retry);
    }
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    # The keys and our lifetime are for us, not for browsers or proxies downstream, which nobody purges.
    unset resp.http.xkey;
    unset resp.http.Surrogate-Key;
    unset resp.http.Surrogate-Control;
    unset resp.http.Cache-Tag;
    if (resp.http.Cache-Control ~ "s-maxage") {
        set resp.http.Cache-Control = regsuball(resp.http.Cache-Control, ",\s*s-maxage=[0-9]+", "");
    }
}
