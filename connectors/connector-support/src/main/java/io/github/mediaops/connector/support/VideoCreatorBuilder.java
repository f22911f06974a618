package io.github.mediaops.connector.support;

import io.github.mediaops.connector.support.upload.UploadListener;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.rules.Confidence;
import io.github.mediaops.core.rules.RuleBook;
import io.github.mediaops.core.validate.Checks;

/**
 * The builder base of video-platform connectors that act for creators with their own OAuth grants and publish
 * through a chunked upload (TikTok, Kuaishou, Bilibili): beside the template's options, {@link #refreshRules},
 * {@link #uploadListener} and {@link #rules}.
 *
 * @param <B> the connector's builder type
 */
public abstract class VideoCreatorBuilder<B extends VideoCreatorBuilder<B>> extends HttpConnector.Builder<B> {
    private RefreshRules refreshRules;
    private UploadListener uploadListener = UploadListener.NONE;
    private RuleBook rules = RuleBook.bundled();
    private Confidence enforceFrom = Confidence.UNVERIFIED;

    /**
     * @param config        the connector configuration
     * @param appIdentifier the credential identifier that names the app
     * @param refreshRules  the platform's documented refresh-token rules, the default of {@link #refreshRules}
     */
    protected VideoCreatorBuilder(ConnectorConfig config, String appIdentifier, RefreshRules refreshRules) {
        super(config, appIdentifier);
        this.refreshRules = Checks.notNull(refreshRules, "refreshRules");
    }

    /**
     * How creators' refresh tokens are kept alive; default the platform's documented rules.
     *
     * @param rules the rules
     * @return this builder
     */
    public B refreshRules(RefreshRules rules) {
        this.refreshRules = Checks.notNull(rules, "refreshRules");
        return self();
    }

    /**
     * Told of an upload's progress after each part the platform accepted, and of each resumable checkpoint;
     * default none.
     *
     * @param listener the listener
     * @return this builder
     */
    public B uploadListener(UploadListener listener) {
        this.uploadListener = Checks.notNull(listener, "uploadListener");
        return self();
    }

    /**
     * The platform rules a video is checked against before anything is uploaded (default {@link RuleBook#bundled()},
     * the platform's video form), and from which confidence a violation refuses the publish:
     * {@link Confidence#UNVERIFIED} (the default) refuses on every violated rule, {@link Confidence#OFFICIAL} only on
     * rules from the platform's documentation.
     *
     * @param rules       the rule book
     * @param enforceFrom the lowest confidence that refuses
     * @return this builder
     */
    public B rules(RuleBook rules, Confidence enforceFrom) {
        this.rules = Checks.notNull(rules, "rules");
        this.enforceFrom = Checks.notNull(enforceFrom, "enforceFrom");
        return self();
    }

    /** @return the refresh-token rules */
    public final RefreshRules refreshRules() {
        return refreshRules;
    }

    /** @return the upload listener */
    public final UploadListener uploadListener() {
        return uploadListener;
    }

    /** @return the rule book videos are checked against */
    public final RuleBook rules() {
        return rules;
    }

    /** @return the lowest confidence of a violated rule that refuses a publish */
    public final Confidence enforceFrom() {
        return enforceFrom;
    }
}
