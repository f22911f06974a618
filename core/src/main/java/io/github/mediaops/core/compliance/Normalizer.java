package io.github.mediaops.core.compliance;

/**
 * The character normalisation used for matching: one table lookup per UTF-16 unit.
 *
 * <ul>
 *   <li>full-width ASCII (U+FF01..U+FF5E) becomes ASCII, upper case becomes lower case;</li>
 *   <li>traditional Chinese characters that occur in the bundled word lists become simplified
 *       (a small table of our own, {@link #TRADITIONAL_SIMPLIFIED});</li>
 *   <li>enclosed, full-width and Roman digits (①, ❶, ⑴, ⒈, １, Ⅶ) become ASCII digits, ㈠ and ㊀ become 一,
 *       壹 becomes 一;</li>
 *   <li>emoji and symbols between characters are skipped: every supplementary-plane code unit (🔥, 🈚), variation
 *       selectors (U+FE0F), keycaps and the BMP arrow, shape, symbol and dingbat blocks (❤, ✨, ✅);</li>
 *   <li>characters used to break words apart (spaces, zero-width characters, {@code * _ - ~ . · • | / \}
 *       and similar symbols) are skipped, so {@code 最*佳} and {@code 最 佳} read {@code 最佳}. Between two
 *       digits such a character is kept as {@link #SEP} so that {@code 10.0%} does not read {@code 100%}.</li>
 * </ul>
 * Line breaks and sentence punctuation ({@code ，。！？,!?;:}) are kept and so end a match.
 */
final class Normalizer {
    /** Marker for a skippable character. */
    static final char SKIP = 0;
    /** What a skippable character between two digits becomes. */
    static final char SEP = '\u001F';

    /**
     * Traditional → simplified pairs for the characters of the bundled dictionaries (our own table,
     * checked against the 通用规范汉字表 correspondences; only unambiguous one-to-one pairs).
     */
    static final String TRADITIONAL_SIMPLIFIED =
            "國国級级頂顶極极絕绝對对無无獨独領领導导權权萬万靈灵藥药療疗醫医證证賺赚錢钱穩稳賠赔運运風风開开護护膚肤"
            + "減减發发髮发脫脱廣广專专業业機机關关構构認认稱称號号總总統统點点體体雙双頭头優优質质盡尽億亿數数實实驗验"
            + "隊队當当時时後后這这個个們们來来為为會会說说經经過过還还進进從从價价買买賣卖貨货錯错屬属純纯獲获勝胜強强"
            + "顯显變变臉脸紋纹壓压腫肿鐘钟週周見见預预癢痒復复劑剂補补腎肾陽阳壯壮氣气財财轉转禍祸災灾鎮镇緣缘紅红貴贵"
            + "擋挡驅驱報报紀纪錄录創创僅仅遙遥選选舉举擇择贈赠禮礼獎奖搶抢購购熱热銷销標标準准協协團团賽赛軍军務务黨党"
            + "檢检測测監监戰战敗败擊击殺杀滅灭細细癒愈恆恒遠远終终華华麗丽顏颜齡龄凍冻滿满確确蓋盖嚴严壞坏傳传寶宝圖图"
            + "畫画論论據据學学歲岁簡简單单佈布訂订護护蹟迹躍跃級级選选虧亏險险損损費费資资產产貸贷債债與与諾诺絕绝"
            + "鑒鉴鑑鉴臨临銀银貼贴淨净祿禄禪禅們们緊紧東东車车長长門门問问題题聽听覺觉讓让邊边處处離离難难雲云氣气"
            + "紹绍廠厂場场環环農农藝艺術术親亲觀观權权讚赞贊赞爐炉燈灯鳳凤龍龙龜龟擁拥軟软較较鏡镜漲涨嗎吗啟启顧顾"
            + "彈弹衛卫護护療疗癥症腦脑腸肠膽胆臟脏髒脏糧粮腎肾濕湿癬癣瘡疮潰溃瘍疡壽寿斂敛鬆松緻致彌弥蓮莲靜静";

    private static final char[] MAP = build();
    /** The characters that normalise to a different, non-skipped character (full width, traditional, ①, A-Z ...). */
    static final char[] CHANGED = changed();

    private Normalizer() {
    }

    private static char[] build() {
        char[] m = new char[65536];
        for (int c = 0; c < 65536; c++) {
            m[c] = (char) c;
        }
        for (int c = 'A'; c <= 'Z'; c++) {
            m[c] = (char) (c + 32);
        }
        for (int c = 0xFF01; c <= 0xFF5E; c++) {
            char ascii = (char) (c - 0xFF01 + 0x21);
            m[c] = ascii >= 'A' && ascii <= 'Z' ? (char) (ascii + 32) : ascii;
        }
        for (int i = 0; i < 9; i++) {
            m[0x2460 + i] = (char) ('1' + i); // ① .. ⑨
            m[0x2474 + i] = (char) ('1' + i); // ⑴ .. ⑼
            m[0x2488 + i] = (char) ('1' + i); // ⒈ .. ⒐
            m[0x2776 + i] = (char) ('1' + i); // ❶ .. ❾
            m[0x2780 + i] = (char) ('1' + i); // ➀ .. ➈
            m[0x278A + i] = (char) ('1' + i); // ➊ .. ➒
        }
        // symbols and emoji between characters: supplementary-plane code units (emoji, 🈚), variation selectors,
        // keycaps, direction marks, and the BMP symbol blocks (arrows, shapes, miscellaneous symbols, dingbats)
        for (int c = 0xD800; c <= 0xDFFF; c++) {
            m[c] = SKIP;
        }
        for (int[] r : new int[][] {{0xFE00, 0xFE0F}, {0x20E3, 0x20E3}, {0x200E, 0x200F}, {0x2190, 0x21FF},
                {0x25A0, 0x25FF}, {0x2600, 0x27BF}, {0x2B00, 0x2BFF}, {0x3030, 0x3030}, {0x303D, 0x303D},
                {0x3297, 0x3297}, {0x3299, 0x3299}}) {
            for (int c = r[0]; c <= r[1]; c++) {
                m[c] = SKIP;
            }
        }
        for (int i = 0; i < 9; i++) {
            m[0x2160 + i] = (char) ('1' + i); // Ⅰ .. Ⅸ
            m[0x2170 + i] = (char) ('1' + i); // ⅰ .. ⅸ
            m[0x3220 + i] = "一二三四五六七八九".charAt(i); // ㈠ .. ㈨
            m[0x3280 + i] = "一二三四五六七八九".charAt(i); // ㊀ .. ㊈
        }
        for (int i = 0; i < 9; i++) {
            m[0x2776 + i] = (char) ('1' + i); // ❶ .. ❾ (inside the dingbat block skipped above)
            m[0x2780 + i] = (char) ('1' + i); // ➀ .. ➈
            m[0x278A + i] = (char) ('1' + i); // ➊ .. ➒
        }
        m['壹'] = '一';
        m['貳'] = '二';
        m['叁'] = '三';
        String t2s = TRADITIONAL_SIMPLIFIED;
        for (int i = 0; i + 1 < t2s.length(); i += 2) {
            m[t2s.charAt(i)] = t2s.charAt(i + 1);
        }
        // characters skipped between the letters of a word
        String skip = " \t\u00A0\u3000\u200B\u200C\u200D\u2060\uFEFF\u00AD*_-~.·•|/\\^'\"`+=#&$@()[]{}<>"
                + "＊＿－～．｜／＼＾＇＂｀＋＝＃＆＄＠（）［］｛｝＜＞・‧∙⋅●○◆◇★☆♥♡❤✨※→←↑↓…—–－"
                + "「」『』【】〔〕〈〉《》";
        for (int i = 0; i < skip.length(); i++) {
            m[skip.charAt(i)] = SKIP;
        }
        return m;
    }

    private static char[] changed() {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < 65536; c++) {
            if (MAP[c] != c && MAP[c] != SKIP) {
                b.append((char) c);
            }
        }
        return b.toString().toCharArray();
    }

    /** The normalised form of one UTF-16 unit, or {@link #SKIP}. */
    static char map(char c) {
        return MAP[c];
    }

    /** Chinese numerals that count as a number before a {@code {d}} term: 三天见效, 半个月, 两周. */
    static boolean isNumeral(char normalised) {
        return isDigit(normalised) || switch (normalised) {
            case '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '两', '半', '百', '千', '零', '〇' -> true;
            default -> false;
        };
    }

    static boolean isDigit(char normalised) {
        return normalised >= '0' && normalised <= '9';
    }

    static boolean isAsciiAlnum(char normalised) {
        return (normalised >= 'a' && normalised <= 'z') || isDigit(normalised);
    }

    /** Normalises a whole string the way the matcher reads text (skipped characters removed). */
    static String normalise(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        char prev = 0;
        for (int i = 0; i < s.length(); i++) {
            char m = MAP[s.charAt(i)];
            if (m == SKIP) {
                if (isDigit(prev) && i + 1 < s.length() && isDigit(MAP[s.charAt(i + 1)])) {
                    m = SEP;
                } else {
                    continue;
                }
            }
            out.append(m);
            prev = m;
        }
        return out.toString();
    }
}
