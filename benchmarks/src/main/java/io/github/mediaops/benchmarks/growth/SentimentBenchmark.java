package io.github.mediaops.benchmarks.growth;

import io.github.mediaops.analytics.growth.sentiment.LexiconSentimentScorer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Short comments scored per second on one thread (target: at least 1 million). The comments are
 * typical 6–20 character Douyin/Xiaohongshu comments with and without emoji.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SentimentBenchmark {
    private static final String[] COMMENTS = {
        "这个产品真的很好用，推荐！", "不好吃", "客服态度差，再也不买了😡", "发货快👍", "质量问题很严重，要求退货退款",
        "包装不错，不过有点贵", "东西收到了", "爱了爱了❤️", "一般般吧", "虽然便宜但是质量很差", "求链接", "已下单，坐等收货",
        "颜色和图片不一样，失望", "第二次回购了，yyds", "主播讲得很清楚", "太贵了吧"
    };

    private LexiconSentimentScorer scorer;

    @Setup
    public void setUp() {
        scorer = LexiconSentimentScorer.builtIn();
    }

    @Benchmark
    @OperationsPerInvocation(16)
    public double scoreComments() {
        double s = 0;
        for (String c : COMMENTS) {
            s += scorer.score(c);
        }
        return s;
    }
}
