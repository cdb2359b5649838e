package xlogin.twitter4j;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.apache.http.client.utils.URIBuilder;

import twitter4j.JSONObject;
import twitter4j.Twitter;
import twitter4j.TwitterException;
import twitter4j.TwitterFactory;
import twitter4j.TwitterObjectFactory;
import twitter4j.User;
import twitter4j.auth.AccessToken;
import twitter4j.auth.RequestToken;
import twitter4j.conf.ConfigurationBuilder;

/**
 * The real twitter4j 4.0.7, called as WSO2's TwitterAuthenticator (identity-outbound-auth-twitter v1.1.2)
 * calls it, driven by a Python test over stdin/stdout: one JSON object a line in, one answer a line out.
 *
 * <p>The X endpoints come only from twitter4j's system properties (-Dtwitter4j.oauth.requestTokenURL and
 * the three others, as `xlogin mock-x serve` prints them), exactly as on a real IS (x-authenticator.md §4).
 *
 * <ul>
 *   <li>{@code {"op":"initiate","api_key","api_secret","callback_url","context_id"}}: the connector's
 *       initiateAuthenticationRequest (§1.3 A); answers {@code redirect} (where IS sends the browser),
 *       {@code callback} (the callback with its state, before the connector encodes it) and
 *       {@code request_token}.</li>
 *   <li>{@code {"op":"process","context_id","params":{...the callback's query...}}}: the connector's
 *       processAuthenticationResponse (§1.3 D); answers {@code raw_json} (TwitterObjectFactory.getRawJSON)
 *       and what the access-token reply carried ({@code user_id}, {@code screen_name}).</li>
 *   <li>{@code {"op":"callback","callback_url","context_id"}}: only initiate's callback ({@code callback})
 *       and the connector's URLEncoder.encode of it ({@code encoded}); no call to X.</li>
 *   <li>A failure answers {@code "ok":false} with the exception's class, the call that raised it, and
 *       for a TwitterException its getStatusCode(), getErrorCode(), getErrorMessage() and getMessage().</li>
 * </ul>
 */
public final class Driver {

    /** What the connector keeps in the AuthenticationContext between the two legs, by context id. */
    private static final class Flow {
        final Twitter twitter;
        final RequestToken requestToken;

        Flow(Twitter twitter, RequestToken requestToken) {
            this.twitter = twitter;
            this.requestToken = requestToken;
        }
    }

    private final Map<String, Flow> flows = new HashMap<>();

    public static void main(String[] args) throws Exception {
        // The protocol owns stdout; anything a library prints goes to stderr instead.
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true, "UTF-8");
        System.setOut(System.err);
        Driver driver = new Driver();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (!line.isBlank()) {
                protocol.println(driver.answer(line));
            }
        }
    }

    String answer(String line) {
        String stage = "parse";
        try {
            JSONObject request = new JSONObject(line);
            String op = request.getString("op");
            stage = op;
            switch (op) {
                case "initiate":
                    return initiate(request).put("ok", true).toString();
                case "process":
                    return process(request).put("ok", true).toString();
                case "callback":
                    return callback(request).put("ok", true).toString();
                default:
                    throw new IllegalArgumentException("unknown op " + op);
            }
        } catch (Failure failure) {
            return failure.describe().toString();
        } catch (Exception e) {
            return new Failure(stage, e).describe().toString();
        }
    }

    /** initiateAuthenticationRequest: configuration, consumer, callback with state, request token. */
    private JSONObject initiate(JSONObject request) throws Exception {
        ConfigurationBuilder configurationBuilder = new ConfigurationBuilder();
        configurationBuilder.setDebugEnabled(true)
                .setIncludeEmailEnabled(true)
                .setJSONStoreEnabled(true);
        Twitter twitter = new TwitterFactory(configurationBuilder.build()).getInstance();
        twitter.setOAuthConsumer(request.getString("api_key"), request.getString("api_secret"));
        String contextId = request.getString("context_id");
        String callbackWithParams = callbackWithParams(request.getString("callback_url"), contextId);
        RequestToken requestToken;
        try {
            requestToken = twitter.getOAuthRequestToken(URLEncoder.encode(callbackWithParams, "UTF-8"));
        } catch (TwitterException e) {
            throw new Failure("request_token", e);
        }
        flows.put(contextId, new Flow(twitter, requestToken));
        return new JSONObject()
                .put("redirect", requestToken.getAuthenticationURL())
                .put("callback", callbackWithParams)
                .put("request_token", requestToken.getToken());
    }

    /** The connector's callback: URIBuilder adds localState and loginType=twitter to the Callback URL. */
    private static String callbackWithParams(String callbackURL, String contextId) throws Exception {
        return new URIBuilder(callbackURL)
                .addParameter("localState", contextId)
                .addParameter("loginType", "twitter")
                .build().toString();
    }

    /** Only the callback of initiate, and the connector's URLEncoder.encode of it: no call to X. */
    private static JSONObject callback(JSONObject request) throws Exception {
        String built = callbackWithParams(request.getString("callback_url"), request.getString("context_id"));
        return new JSONObject().put("callback", built).put("encoded", URLEncoder.encode(built, "UTF-8"));
    }

    /** processAuthenticationResponse: denied fails; else access token, verifyCredentials, raw JSON. */
    private JSONObject process(JSONObject request) throws Exception {
        JSONObject params = request.getJSONObject("params");
        if (params.has("denied")) {
            // handleErrorResponse: InvalidCredentialsException(<denied>), and no call to X.
            throw new Failure("denied", "InvalidCredentialsException", params.getString("denied"));
        }
        Flow flow = flows.get(request.getString("context_id"));
        if (flow == null) {
            throw new IllegalStateException("no flow for context " + request.getString("context_id"));
        }
        String verifier = params.has("oauth_verifier") ? params.getString("oauth_verifier") : null;
        AccessToken token;
        try {
            token = flow.twitter.getOAuthAccessToken(flow.requestToken, verifier);
        } catch (TwitterException e) {
            throw new Failure("access_token", e);
        }
        User user;
        try {
            user = flow.twitter.verifyCredentials();
        } catch (TwitterException e) {
            throw new Failure("verify_credentials", e);
        }
        return new JSONObject()
                .put("raw_json", TwitterObjectFactory.getRawJSON(user))
                .put("user_id", token.getUserId())
                .put("screen_name", token.getScreenName());
    }

    /** A failed call, reported with what twitter4j said about it. */
    private static final class Failure extends Exception {
        private final String stage;
        private final String kind;
        private final Exception cause;

        Failure(String stage, Exception cause) {
            super(cause.getMessage(), cause);
            this.stage = stage;
            this.kind = cause.getClass().getName();
            this.cause = cause;
        }

        Failure(String stage, String kind, String message) {
            super(message);
            this.stage = stage;
            this.kind = kind;
            this.cause = null;
        }

        JSONObject describe() {
            JSONObject out = new JSONObject()
                    .put("ok", false)
                    .put("stage", stage)
                    .put("exception", kind)
                    .put("message", String.valueOf(getMessage()));
            if (cause instanceof TwitterException) {
                TwitterException t = (TwitterException) cause;
                out.put("status_code", t.getStatusCode())
                        .put("error_code", t.getErrorCode())
                        .put("error_message", t.getErrorMessage() == null ? JSONObject.NULL : t.getErrorMessage());
            }
            return out;
        }
    }
}
