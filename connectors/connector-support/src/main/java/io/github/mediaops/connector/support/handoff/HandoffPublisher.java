package io.github.mediaops.connector.support.handoff;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.MediaOpsException;
import io.github.mediaops.core.compliance.ComplianceChecker;
import io.github.mediaops.core.compliance.ComplianceReport;
import io.github.mediaops.core.compliance.Disclosure;
import io.github.mediaops.core.compliance.Finding;
import io.github.mediaops.core.compliance.Severity;
import io.github.mediaops.core.compliance.Verdict;
import io.github.mediaops.core.connector.ContentRejectedException;
import io.github.mediaops.core.connector.ErrorDetails;
import io.github.mediaops.core.connector.Publishing;
import io.github.mediaops.core.content.ContentItem;
import io.github.mediaops.core.content.ContentVariant;
import io.github.mediaops.core.content.MediaAsset;
import io.github.mediaops.core.content.MediaKind;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.publish.Publication;
import io.github.mediaops.core.publish.PublishRequest;
import io.github.mediaops.core.publish.PublishTicket;
import io.github.mediaops.core.rules.Adaptation;
import io.github.mediaops.core.rules.AspectRatio;
import io.github.mediaops.core.rules.Confidence;
import io.github.mediaops.core.rules.ContentAdapter;
import io.github.mediaops.core.rules.CoverCrop;
import io.github.mediaops.core.rules.NumericRule;
import io.github.mediaops.core.rules.RuleBook;
import io.github.mediaops.core.rules.Violation;
import io.github.mediaops.core.validate.Checks;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishing by hand-off, for platforms that offer no public API to post (Xiaohongshu notes, WeChat Channels
 * videos): this writes a <em>hand-off package</em> that a person (or an RPA tool) posts, and learns the post id
 * afterwards. The template base of the platforms' hand-off classes: a platform module says who it is once in a
 * {@link HandoffTarget} and subclasses this (as {@code XiaohongshuHandoff} and {@code ChannelsHandoff} do).
 *
 * <ol>
 *   <li>The master item is adapted with core's {@link ContentAdapter} to the platform's form for its kind:
 *       title within the platform's limit, topics as {@code #话题}, links removed, extra images dropped. Every
 *       change is listed in the manifest.</li>
 *   <li>Rule violations adaptation could not fix are refused ({@link ContentRejectedException}) when the rule
 *       is at least as certain as {@link Builder#enforceFrom(Confidence)} (default: official and secondary
 *       rules), otherwise listed in the manifest; compliance findings ({@link ComplianceChecker}) of severity
 *       HIGH that are violations are refused unless {@link Builder#allowHighSeverityFindings()}; the others are
 *       listed for a reviewer.</li>
 *   <li>Images are put in posting order (a separate cover goes first: the first image is the cover) and
 *       cropped, centred, to the one ratio of {@link Builder#imageRatios(List)} (default
 *       {@link HandoffTarget#defaultImageRatios()}) closest to the first image's. Local files ({@code file:}
 *       URIs) are cropped into the package with {@code javax.imageio}; other sources are listed with their crop
 *       box to apply by hand. A video is copied as it is.</li>
 *   <li>The package ({@code manifest.json}, {@code note.txt}, {@code 01.jpg}, ...) is built in a temporary
 *       folder and moved into place in one step (folder or zip), then registered in the
 *       {@link HandoffRegistry}. A second request with the same idempotency key returns the first package and
 *       writes nothing.</li>
 *   <li>Once posted, {@link #recordPost(String, String, Instant)} takes the post id (or an address the target
 *       reads); the {@link PublishTicket} then reads PUBLISHED and imported metrics attach to the post.</li>
 * </ol>
 *
 * <p>Immutable configuration; safe to share. Writes under the output folder given to the builder only.
 */
public abstract class HandoffPublisher implements Publishing {
    /** The operation name in the errors this raises. */
    public static final String OPERATION = "handoff";
    private static final Logger LOG = LoggerFactory.getLogger(HandoffPublisher.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final HandoffTarget target;
    private final Platform platform;
    private final Path outputDir;
    private final HandoffRegistry registry;
    private final RuleBook rules;
    private final ContentAdapter adapter;
    private final ComplianceChecker compliance;
    private final Confidence enforceFrom;
    private final boolean allowHighSeverity;
    private final List<AspectRatio> imageRatios;
    private final PackageFormat format;
    private final Clock clock;

    /**
     * The platform module's constructor passes its target and the builder its static {@code builder(Path)}
     * made.
     *
     * @throws InvalidValueException when the builder's registry keeps another platform's posts
     */
    protected HandoffPublisher(HandoffTarget target, Builder<?> b) {
        this.target = Checks.notNull(target, "target");
        this.platform = Checks.notNull(target.platform(), "platform");
        Checks.notNull(b, "builder");
        this.outputDir = b.outputDir.toAbsolutePath().normalize();
        this.registry = b.registry != null ? b.registry : HandoffRegistry.file(outputDir.resolve("handoffs.json"), target);
        if (!registry.target().platform().equals(platform)) {
            throw new InvalidValueException("registry", "the registry keeps " + registry.target().platform().id()
                    + " posts, not " + platform.id() + " ones");
        }
        this.rules = b.rules != null ? b.rules : RuleBook.bundled();
        this.adapter = ContentAdapter.of(rules);
        this.compliance = b.compliance != null ? b.compliance : ComplianceChecker.withBundledDictionary();
        this.enforceFrom = b.enforceFrom;
        this.allowHighSeverity = b.allowHighSeverity;
        this.imageRatios = b.imageRatios != null ? b.imageRatios : Checks.listOf(target.defaultImageRatios(), "defaultImageRatios");
        if (imageRatios.isEmpty()) {
            throw new InvalidValueException("imageRatios", "at least one image ratio is needed");
        }
        this.format = b.format;
        this.clock = b.clock;
    }

    /**
     * A builder for packages under {@code outputDir}; a platform module's static {@code builder(Path)} calls
     * this with its constructor.
     *
     * @param factory makes the platform's publisher from the finished builder
     */
    protected static <T extends HandoffPublisher> Builder<T> builder(Path outputDir, Function<Builder<T>, T> factory) {
        return new Builder<>(Checks.notNull(outputDir, "outputDir"), Checks.notNull(factory, "factory"));
    }

    /** Where hand-offs and their posts are recorded. */
    public HandoffRegistry registry() {
        return registry;
    }

    /** The platform this publisher hands off to. */
    public HandoffTarget target() {
        return target;
    }

    /**
     * Adapts {@code master} and writes its hand-off package.
     *
     * @param disclosure whether the post is paid or AI-generated (the labels it must carry)
     * @return the package; for an idempotency key seen before, the first package (nothing is written)
     * @throws ContentRejectedException when the adapted post breaks an enforced rule or has a HIGH finding
     */
    public HandoffPackage export(ContentItem master, AccountRef account, String idempotencyKey, Disclosure disclosure) {
        Checks.notNull(master, "master");
        Checks.notNull(account, "account");
        Checks.notNull(disclosure, "disclosure");
        // the same checks a publish request makes: the key's form, the account's platform
        new PublishRequest(account, ContentVariant.unchanged(master, platform), null, idempotencyKey);
        Optional<HandoffRecord> earlier = registry.byIdempotencyKey(idempotencyKey);
        if (earlier.isPresent()) {
            return read(earlier.get().handoffId());
        }
        return write(master, master.id() + "@" + platform.id(), account, idempotencyKey, disclosure);
    }

    /**
     * Writes the hand-off package of an adapted variant (adapting it again is harmless: it already fits) and
     * returns a PENDING ticket whose id is the hand-off id. Paid or AI-generated content should go through
     * {@link #export} with its {@link Disclosure}; this path assumes {@link Disclosure#none()}.
     */
    @Override
    public PublishTicket publish(PublishRequest request) {
        Checks.notNull(request, "request");
        Optional<HandoffRecord> earlier = registry.byIdempotencyKey(request.idempotencyKey());
        HandoffPackage pkg = earlier.isPresent() ? read(earlier.get().handoffId())
                : write(request.variant().content(), request.variant().content().id(), request.account(),
                request.idempotencyKey(), Disclosure.none());
        return ticket(registry.find(pkg.handoffId()).orElseThrow());
    }

    /** PENDING until the post id is recorded, then PUBLISHED with the post's address ({@link HandoffTarget#postUrl}). */
    @Override
    public PublishTicket refresh(PublishTicket ticket) {
        Checks.notNull(ticket, "ticket");
        HandoffRecord r = registry.find(ticket.ticketId()).orElseThrow(() -> new InvalidValueException("ticket",
                "no hand-off " + Checks.show(ticket.ticketId()) + " in " + registry));
        return ticket(r);
    }

    /**
     * Records the post a hand-off became (see {@link HandoffRegistry#recordPost}).
     *
     * @param postIdOrAddress the post id or an address the platform's {@link HandoffTarget#parsePostId} reads
     */
    public HandoffRecord recordPost(String handoffId, String postIdOrAddress, Instant postedAt) {
        return registry.recordPost(handoffId, postIdOrAddress, postedAt);
    }

    /** Reads a package written earlier. */
    public HandoffPackage read(String handoffId) {
        Checks.notBlank(handoffId, "handoffId");
        if (!handoffId.matches("[A-Za-z0-9_-][A-Za-z0-9._-]*")) {
            throw new InvalidValueException("handoffId", "not a hand-off id: " + Checks.show(handoffId));
        }
        Path folder = outputDir.resolve(handoffId);
        Path zip = outputDir.resolve(handoffId + ".zip");
        try {
            if (Files.isDirectory(folder)) {
                return new HandoffPackage(folder, PackageFormat.FOLDER,
                        JSON.readValue(folder.resolve("manifest.json").toFile(), HandoffManifest.class));
            }
            if (Files.isRegularFile(zip)) {
                try (ZipFile z = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
                    ZipEntry e = z.getEntry("manifest.json");
                    if (e == null) {
                        throw new MediaOpsException(zip + " has no manifest.json");
                    }
                    try (InputStream in = z.getInputStream(e)) {
                        return new HandoffPackage(zip, PackageFormat.ZIP, JSON.readValue(in, HandoffManifest.class));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read hand-off " + handoffId, e);
        }
        throw new MediaOpsException("hand-off " + handoffId + " is registered but neither " + folder + " nor " + zip
                + " exists");
    }

    private PublishTicket ticket(HandoffRecord r) {
        PublishTicket pending = PublishTicket.pending(r.handoffId(), r.account(), r.idempotencyKey(), clock.instant());
        if (r.postId().isEmpty()) {
            return pending;
        }
        String id = r.postId().get();
        return pending.published(new Publication(r.account(), id, target.postUrl(id), r.postedAt().orElseThrow()), clock.instant());
    }

    // ---- writing ----

    private HandoffPackage write(ContentItem source, String contentId, AccountRef account, String key, Disclosure disclosure) {
        Adaptation a = adapter.adapt(source, platform);
        ContentItem post = a.variant().content();
        List<String> adaptations = new ArrayList<>(a.changes().stream().map(Object::toString).toList());

        List<Violation> enforced = a.remaining().violations().stream()
                .filter(v -> v.confidence().ordinal() <= enforceFrom.ordinal()).toList();
        ComplianceReport report = compliance.check(post, platform, disclosure);
        List<Finding> blocking = allowHighSeverity ? List.of() : report.findings().stream()
                .filter(f -> f.severity() == Severity.HIGH && f.verdict() == Verdict.VIOLATION).toList();
        if (!enforced.isEmpty() || !blocking.isEmpty()) {
            List<String> why = new ArrayList<>();
            enforced.forEach(v -> why.add(v.message() + " (" + v.confidence().name().toLowerCase(Locale.ROOT) + ", " + v.source() + ")"));
            blocking.forEach(f -> why.add(f.toString()));
            throw new ContentRejectedException("the " + target.postNoun() + " cannot be handed off; nothing was written",
                    ErrorDetails.builder(platform).operation(OPERATION).build(), why);
        }
        List<String> unresolved = a.remaining().violations().stream()
                .filter(v -> v.confidence().ordinal() > enforceFrom.ordinal())
                .map(v -> v.message() + " (" + v.confidence().name().toLowerCase(Locale.ROOT) + ", " + v.source() + ")").toList();

        String handoffId = handoffId(target.idPrefix(), key);
        Path finalPath = outputDir.resolve(format == PackageFormat.ZIP ? handoffId + ".zip" : handoffId);
        if (Files.exists(finalPath)) {
            throw new MediaOpsException("hand-off " + handoffId + " already exists at " + finalPath
                    + " but is not in " + registry + "; move it away or register it");
        }
        Instant now = clock.instant();
        try {
            Files.createDirectories(outputDir);
            Path tmp = Files.createTempDirectory(outputDir, ".handoff-" + handoffId + "-");
            try {
                List<HandoffFile> files = media(source, post, a, tmp, adaptations);
                HandoffManifest manifest = new HandoffManifest(target.manifestSchema(), handoffId, key, platform.id(),
                        account.accountId(), contentId, a.form(), now.toString(), post.title(), post.body(),
                        post.hashtags(), files, adaptations, unresolved,
                        report.findings().stream().map(Finding::toString).toList(), target.steps(handoffId, files));
                JSON.writeValue(tmp.resolve("manifest.json").toFile(), manifest);
                Files.writeString(tmp.resolve("note.txt"), noteText(manifest), StandardCharsets.UTF_8);
                if (format == PackageFormat.ZIP) {
                    Path zipTmp = Files.createTempFile(outputDir, ".handoff-" + handoffId + "-", ".zip");
                    try {
                        zip(tmp, zipTmp);
                        HandoffRegistry.move(zipTmp, finalPath);
                    } finally {
                        Files.deleteIfExists(zipTmp);
                    }
                } else {
                    HandoffRegistry.move(tmp, finalPath);
                }
                registry.register(new HandoffRecord(handoffId, key, account, contentId, post.title(), now,
                        Optional.empty(), Optional.empty()));
                LOG.debug("hand-off {} written to {} ({} files, {} adaptations)", handoffId, finalPath, files.size(),
                        adaptations.size());
                return new HandoffPackage(finalPath, format, manifest);
            } finally {
                deleteTree(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write hand-off " + handoffId + " under " + outputDir, e);
        }
    }

    /**
     * The images (an explicit cover first) or the video, cropped into {@code dir}. Without an explicit cover in
     * the master, the author's first image is the cover (the adapter's cover suggestion does not reorder).
     */
    private List<HandoffFile> media(ContentItem master, ContentItem post, Adaptation a, Path dir, List<String> adaptations)
            throws IOException {
        List<MediaAsset> images = new ArrayList<>(post.media().stream().filter(m -> m.kind() == MediaKind.IMAGE).toList());
        Optional<MediaAsset> cover = master.coverImage().filter(c -> c.kind() == MediaKind.IMAGE);
        if (cover.isPresent() && !images.contains(cover.get())) {
            images.add(0, cover.get());
            adaptations.add("handoff cover: the cover " + cover.get().uri()
                    + " is placed first (" + target.coverRule() + ")");
        } else if (cover.isPresent() && !images.get(0).equals(cover.get())) {
            images.remove(cover.get());
            images.add(0, cover.get());
            adaptations.add("handoff cover: the cover " + cover.get().uri() + " is moved to the first position"
                    + " (" + target.coverRule() + ")");
        }
        int limit = rulesMaxImages(a).orElse(Integer.MAX_VALUE);
        while (images.size() > limit) {
            MediaAsset dropped = images.remove(images.size() - 1);
            adaptations.add("handoff media: image " + dropped.uri() + " dropped; with the cover first the " + target.postNoun() + " had more than "
                    + limit + " images (the limit)");
        }
        List<HandoffFile> files = new ArrayList<>();
        if (!images.isEmpty()) {
            MediaAsset first = images.get(0);
            AspectRatio ratio = closest(first.width(), first.height());
            for (MediaAsset img : images) {
                files.add(image(files.size() + 1, img, ratio, dir, adaptations));
            }
        }
        for (MediaAsset video : post.media().stream().filter(m -> m.kind() == MediaKind.VIDEO).toList()) {
            int order = files.size() + 1;
            String name = String.format(Locale.ROOT, "%02d.%s", order, extension(video.uri(), "mp4"));
            boolean copied = copy(video.uri(), dir.resolve(name));
            if (!copied) {
                adaptations.add("handoff media: video " + video.uri() + " is not a local file; not copied, fetch it from the source");
            }
            files.add(new HandoffFile(order, "video", copied ? name : "", video.uri().toString(), video.width(), video.height(),
                    "", 0, 0, video.width(), video.height(), false));
        }
        return files;
    }

    private Optional<Integer> rulesMaxImages(Adaptation a) {
        return rules.form(platform, a.form()).limit(NumericRule.IMAGES_MAX).map(s -> (int) Math.min(Integer.MAX_VALUE, s.value()));
    }

    private HandoffFile image(int order, MediaAsset img, AspectRatio ratio, Path dir, List<String> adaptations) throws IOException {
        URI uri = img.uri();
        BufferedImage decoded = isLocal(uri) ? ImageIO.read(Path.of(uri).toFile()) : null;
        int w = decoded != null ? decoded.getWidth() : img.width();
        int h = decoded != null ? decoded.getHeight() : img.height();
        CoverCrop crop = CoverCrop.centred(ratio, w, h);
        boolean cuts = crop.width() != w || crop.height() != h;
        String ext = decoded != null ? outputFormat(uri) : extension(uri, "jpg");
        String name = String.format(Locale.ROOT, "%02d.%s", order, ext);
        if (decoded != null) {
            BufferedImage out = decoded.getSubimage(crop.x(), crop.y(), crop.width(), crop.height());
            if (ext.equals("jpg") && out.getColorModel().hasAlpha()) {
                BufferedImage rgb = new BufferedImage(out.getWidth(), out.getHeight(), BufferedImage.TYPE_INT_RGB);
                Graphics2D g = rgb.createGraphics();
                g.drawImage(out, 0, 0, null);
                g.dispose();
                out = rgb;
            }
            if (!ImageIO.write(out, ext.equals("jpg") ? "jpeg" : ext, dir.resolve(name).toFile())) {
                throw new MediaOpsException("no image writer for " + ext);
            }
            if (cuts) {
                adaptations.add(String.format(Locale.ROOT, "handoff image %d: cropped %dx%d to %dx%d (%s, centred; %.0f%% of the area kept)",
                        order, w, h, crop.width(), crop.height(), ratio, 100 * crop.keptFraction(w, h)));
            }
            return new HandoffFile(order, "image", name, uri.toString(), w, h, ratio.toString(), crop.x(), crop.y(),
                    crop.width(), crop.height(), true);
        }
        boolean copied = copy(uri, dir.resolve(name));
        adaptations.add("handoff image " + order + ": " + uri + (copied ? " copied uncropped (not readable by javax.imageio)"
                : " not copied (not a local file)") + (cuts ? "; crop it to " + crop.width() + "x" + crop.height() + " at ("
                + crop.x() + "," + crop.y() + ") for " + ratio + " before posting" : "; it already has the ratio " + ratio));
        return new HandoffFile(order, "image", copied ? name : "", uri.toString(), w, h, ratio.toString(), crop.x(), crop.y(),
                crop.width(), crop.height(), !cuts && copied);
    }

    /**
     * The ratio a package whose first image is {@code w}×{@code h} crops its images to: the configured ratio
     * closest to {@code w:h} on a logarithmic scale (3:4 and 4:3 equally far from 1:1).
     */
    public AspectRatio closest(int w, int h) {
        Checks.positive(w, "width");
        Checks.positive(h, "height");
        double r = Math.log((double) w / h);
        return imageRatios.stream().min(Comparator.comparingDouble(a -> Math.abs(Math.log(a.value()) - r))).orElseThrow();
    }

    private static boolean isLocal(URI uri) {
        return "file".equalsIgnoreCase(uri.getScheme()) && Files.isRegularFile(Path.of(uri));
    }

    private static boolean copy(URI uri, Path to) throws IOException {
        if (!isLocal(uri)) {
            return false;
        }
        Files.copy(Path.of(uri), to);
        return true;
    }

    private static String outputFormat(URI uri) {
        String ext = extension(uri, "png");
        return ext.equals("jpg") || ext.equals("jpeg") ? "jpg" : "png";
    }

    private static String extension(URI uri, String fallback) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        int dot = path.lastIndexOf('.');
        if (dot < 0 || dot < path.lastIndexOf('/')) {
            return fallback;
        }
        String ext = path.substring(dot + 1).toLowerCase(Locale.ROOT);
        return ext.matches("[a-z0-9]{1,5}") ? ext : fallback;
    }

    private static String noteText(HandoffManifest m) {
        StringBuilder b = new StringBuilder();
        b.append(m.title()).append("\n\n").append(m.body()).append('\n');
        if (!m.files().isEmpty()) {
            b.append("\n# files\n");
            m.files().forEach(f -> b.append(f.order()).append(". ").append(f.file().isEmpty() ? f.source() : f.file()).append('\n'));
        }
        return b.toString();
    }

    private static void zip(Path dir, Path zipFile) throws IOException {
        try (OutputStream out = Files.newOutputStream(zipFile); ZipOutputStream z = new ZipOutputStream(out, StandardCharsets.UTF_8);
             Stream<Path> entries = Files.list(dir)) {
            for (Path p : entries.sorted().toList()) {
                z.putNextEntry(new ZipEntry(p.getFileName().toString()));
                Files.copy(p, z);
                z.closeEntry();
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * A file-name-safe hand-off id from the idempotency key, {@code <prefix>-<key>}; characters outside
     * {@code [A-Za-z0-9._-]} become {@code _} and a short hash of the key keeps two keys that clean up alike apart.
     */
    protected static String handoffId(String prefix, String key) {
        String clean = key.replaceAll("[^A-Za-z0-9._-]", "_");
        if (clean.equals(key) && !clean.startsWith(".")) {
            return prefix + "-" + clean;
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return prefix + "-" + clean + "-" + HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + platform.id() + ", " + outputDir + ", " + format + ", ratios " + imageRatios + "]";
    }

    /** Options; only the output folder is required. */
    public static final class Builder<T extends HandoffPublisher> {
        private final Path outputDir;
        private final Function<Builder<T>, T> factory;
        private HandoffRegistry registry;
        private RuleBook rules;
        private ComplianceChecker compliance;
        private Confidence enforceFrom = Confidence.SECONDARY;
        private boolean allowHighSeverity;
        private List<AspectRatio> imageRatios;
        private PackageFormat format = PackageFormat.FOLDER;
        private Clock clock = Clock.systemUTC();

        private Builder(Path outputDir, Function<Builder<T>, T> factory) {
            this.outputDir = outputDir;
            this.factory = factory;
        }

        /** Where hand-offs are recorded; default {@code handoffs.json} in the output folder. */
        public Builder<T> registry(HandoffRegistry registry) {
            this.registry = Checks.notNull(registry, "registry");
            return this;
        }

        /** The content rules (default {@link RuleBook#bundled()}: the platform's bundled rule file). */
        public Builder<T> rules(RuleBook rules) {
            this.rules = Checks.notNull(rules, "rules");
            return this;
        }

        /** The compliance checker (default: the bundled Advertising Law dictionary). */
        public Builder<T> compliance(ComplianceChecker checker) {
            this.compliance = Checks.notNull(checker, "checker");
            return this;
        }

        /**
         * The least certain rule whose violation refuses the hand-off (default {@link Confidence#SECONDARY}:
         * official and secondary rules refuse, unverified ones are listed in the manifest).
         */
        public Builder<T> enforceFrom(Confidence confidence) {
            this.enforceFrom = Checks.notNull(confidence, "enforceFrom");
            return this;
        }

        /** Lists HIGH-severity compliance violations in the manifest instead of refusing the hand-off. */
        public Builder<T> allowHighSeverityFindings() {
            this.allowHighSeverity = true;
            return this;
        }

        /**
         * The ratios images are cropped to (default: the target's {@link HandoffTarget#defaultImageRatios()}).
         */
        public Builder<T> imageRatios(List<AspectRatio> ratios) {
            List<AspectRatio> copy = Checks.listOf(ratios, "imageRatios");
            if (copy.isEmpty()) {
                throw new InvalidValueException("imageRatios", "at least one image ratio is needed");
            }
            this.imageRatios = copy;
            return this;
        }

        public Builder<T> format(PackageFormat format) {
            this.format = Checks.notNull(format, "format");
            return this;
        }

        public Builder<T> clock(Clock clock) {
            this.clock = Checks.notNull(clock, "clock");
            return this;
        }

        public T build() {
            return factory.apply(this);
        }
    }
}
