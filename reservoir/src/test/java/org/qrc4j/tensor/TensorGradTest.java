package org.qrc4j.tensor;

import static org.qrc4j.tensor.GradCheck.awayFromZero;
import static org.qrc4j.tensor.GradCheck.check;
import static org.qrc4j.tensor.GradCheck.rand;
import static org.qrc4j.tensor.GradCheck.randIn;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Every operation's gradient against central finite differences (see {@link GradCheck}). */
class TensorGradTest {

    // ---- elementwise binary, with every broadcasting path

    @Test
    void addSubMulDivSameShape() {
        check(in -> in[0].add(in[1]), rand(1, 3, 4), rand(2, 3, 4));
        check(in -> in[0].sub(in[1]), rand(1, 3, 4), rand(2, 3, 4));
        check(in -> in[0].mul(in[1]), rand(1, 3, 4), rand(2, 3, 4));
        check(in -> in[0].div(in[1]), rand(1, 3, 4), randIn(2, 0.5, 2, 3, 4));
    }

    @Test
    void broadcastSuffix() {
        check(in -> in[0].add(in[1]), rand(1, 2, 3, 4), rand(2, 4));
        check(in -> in[0].sub(in[1]), rand(1, 2, 3, 4), rand(2, 3, 4));
        check(in -> in[0].mul(in[1]), rand(1, 5, 4), rand(2, 4));
        check(in -> in[0].div(in[1]), rand(1, 5, 4), randIn(2, 0.5, 2, 4));
        check(in -> in[0].mul(in[1]), rand(1, 5, 4), rand(2, new int[0]));
    }

    @Test
    void broadcastNumpyStyle() {
        check(in -> in[0].add(in[1]), rand(1, 3, 1), rand(2, 1, 4));
        check(in -> in[0].mul(in[1]), rand(1, 4), rand(2, 2, 3, 4)); // a is the suffix
        check(in -> in[0].div(in[1]), rand(1, 2, 3, 4), randIn(2, 0.5, 2, 3, 1));
        check(in -> in[0].sub(in[1]), rand(1, 2, 1, 4), rand(2, 3, 1));
        check(in -> in[0].mul(in[1]), rand(1, new int[0]), rand(2, 2, 3));
    }

    @Test
    void sameInputTwice() {
        check(in -> in[0].mul(in[0]).add(in[0]), rand(1, 3, 4));
    }

    // ---- scalar and unary

    @Test
    void scalarOps() {
        check(in -> in[0].add(0.7), rand(1, 3, 4));
        check(in -> in[0].sub(0.7), rand(1, 3, 4));
        check(in -> in[0].mul(-1.3), rand(1, 3, 4));
        check(in -> in[0].div(2.5), rand(1, 3, 4));
        check(in -> in[0].rsub(2.5), rand(1, 3, 4));
        check(in -> in[0].neg(), rand(1, 3, 4));
        check(in -> in[0].pow(1.7), randIn(1, 0.5, 2, 3, 4));
        check(in -> in[0].pow(3), rand(1, 3, 4));
        check(in -> in[0].square(), rand(1, 3, 4));
    }

    @Test
    void activations() {
        check(in -> in[0].relu(), awayFromZero(1, 4, 5));
        check(in -> in[0].abs(), awayFromZero(1, 4, 5));
        check(in -> in[0].tanh(), randIn(1, -3, 3, 4, 5));
        check(in -> in[0].sigmoid(), randIn(1, -5, 5, 4, 5));
        check(in -> in[0].exp(), rand(1, 4, 5));
        check(in -> in[0].log(), randIn(1, 0.3, 3, 4, 5));
        check(in -> in[0].sqrt(), randIn(1, 0.3, 3, 4, 5));
        check(in -> in[0].gelu(), randIn(1, -3, 3, 4, 5));
        check(in -> in[0].silu(), randIn(1, -4, 4, 4, 5));
    }

    // ---- reductions

    @Test
    void reductions() {
        check(in -> in[0].sum(), rand(1, 2, 3, 4));
        check(in -> in[0].mean(), rand(1, 2, 3, 4));
        for (int ax = -3; ax < 3; ax++) {
            int a = ax;
            check(in -> in[0].sum(a), rand(1, 2, 3, 4));
            check(in -> in[0].mean(a), rand(1, 2, 3, 4));
            check(in -> in[0].sum(a, true), rand(1, 2, 3, 4));
            check(in -> in[0].mean(a, true), rand(1, 2, 3, 4));
        }
    }

    // ---- softmax, layer norm

    @Test
    void softmaxAndLogSoftmaxAlongEveryAxis() {
        for (int ax = 0; ax < 3; ax++) {
            int a = ax;
            check(in -> in[0].softmax(a), randIn(1, -3, 3, 2, 3, 4));
            check(in -> in[0].logSoftmax(a), randIn(1, -3, 3, 2, 3, 4));
        }
        check(in -> in[0].softmax(-1), randIn(1, -3, 3, 5));
    }

    @Test
    void layerNorm() {
        check(in -> in[0].layerNorm(in[1], in[2], 1e-5), randIn(1, -2, 2, 2, 3, 6), randIn(2, 0.5, 1.5, 6),
                rand(3, 6));
        check(in -> in[0].layerNorm(null, null, 1e-5), randIn(1, -2, 2, 4, 5));
    }

    // ---- matmul

    @Test
    void matmul2d() {
        check(in -> in[0].matmul(in[1]), rand(1, 3, 4), rand(2, 4, 5));
        check(in -> in[0].matmul(in[1]), rand(1, 1, 4), rand(2, 4, 1));
    }

    @Test
    void matmulSharedWeight() {
        check(in -> in[0].matmul(in[1]), rand(1, 2, 3, 4), rand(2, 4, 5));
        check(in -> in[0].matmul(in[1]), rand(1, 2, 2, 3, 4), rand(2, 4, 2));
    }

    @Test
    void matmulBatched() {
        check(in -> in[0].matmul(in[1]), rand(1, 3, 2, 4), rand(2, 3, 4, 5));
        check(in -> in[0].matmul(in[1]), rand(1, 2, 2, 3, 4), rand(2, 2, 2, 4, 3));
    }

    @Test
    void matmulThreadedBackward() {
        long old = MatMul.parallelThreshold();
        try {
            MatMul.setParallelThreshold(0);
            check(in -> in[0].matmul(in[1]), rand(1, 5, 4), rand(2, 4, 6));
            check(in -> in[0].matmul(in[1]), rand(1, 3, 5, 4), rand(2, 3, 4, 6));
        } finally {
            MatMul.setParallelThreshold(old);
        }
    }

    // ---- shape operations

    @Test
    void reshapePermuteTranspose() {
        check(in -> in[0].reshape(4, -1).mul(in[0].reshape(4, 6)), rand(1, 2, 3, 4));
        check(in -> in[0].permute(2, 0, 1), rand(1, 2, 3, 4));
        check(in -> in[0].transpose(0, 2), rand(1, 2, 3, 4));
        check(in -> in[0].t(), rand(1, 3, 4));
    }

    @Test
    void sliceConcatStack() {
        check(in -> in[0].slice(1, 1, 3), rand(1, 2, 4, 3));
        check(in -> in[0].slice(-1, 0, 2), rand(1, 2, 4, 3));
        check(in -> Tensor.concat(1, in[0], in[1], in[0]), rand(1, 2, 3, 2), rand(2, 2, 1, 2));
        check(in -> Tensor.concat(0, in[0], in[1]), rand(1, 2, 3), rand(2, 1, 3));
        check(in -> Tensor.stack(1, in[0], in[1]), rand(1, 2, 3), rand(2, 2, 3));
    }

    @Test
    void indexSelectAndMaskedFill() {
        check(in -> in[0].indexSelect(0, 2, 0, 2, 1), rand(1, 3, 4));
        check(in -> in[0].indexSelect(1, 3, 3), rand(1, 2, 4, 2));
        boolean[] mask = {true, false, false, true, false, true};
        check(in -> in[0].maskedFill(mask, -7.0), rand(1, 4, 2, 3));
        check(in -> in[0].maskedFill(mask, Double.NEGATIVE_INFINITY).softmax(-1), rand(1, 4, 2, 3));
    }

    // ---- losses and regularisation

    @Test
    void losses() {
        check(in -> in[0].mseLoss(in[1]), rand(1, 3, 4), rand(2, 3, 4));
        check(in -> in[0].crossEntropy(2, 0, 1), randIn(1, -2, 2, 3, 4));
        check(in -> in[0].crossEntropy(2, 0, 1, 3, 3, 0), randIn(1, -2, 2, 2, 3, 4));
    }

    @Test
    void dropoutAndDropPath() {
        check(in -> in[0].dropout(0.3, true, new SplittableRandom(5)), rand(1, 4, 5));
        check(in -> in[0].dropPath(0.5, true, new SplittableRandom(5)), rand(1, 6, 2, 3));
    }

    // ---- a composite: a few steps of the AL-RNN-style recurrence

    @Test
    void recurrence() {
        Tensor a = randIn(1, 0.3, 0.9, 4);
        Tensor w = rand(2, 4, 4);
        Tensor h = rand(3, 4);
        Tensor z0 = awayFromZero(4, 2, 4).requiresGrad(false);
        check(in -> {
            Tensor z = z0;
            Tensor wt = in[1].t();
            for (int t = 0; t < 5; t++) {
                z = in[0].mul(z).add(z.relu().matmul(wt)).add(in[2]).tanh();
            }
            return z;
        }, a, w, h);
    }

    // ---- a custom fused operation: y = a * x + b (b broadcast over rows), hand-written backward

    private static Tensor fusedAxpb(Tensor a, Tensor x, Tensor b) {
        int d = b.size();
        double[] xs = x.data();
        double[] y = new double[xs.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = a.data()[i % d] * xs[i] + b.data()[i % d];
        }
        return Tensor.custom("axpb", y, x.shape(), g -> {
            double[] ga = a.gradAccumulator();
            double[] gx = x.gradAccumulator();
            double[] gb = b.gradAccumulator();
            for (int i = 0; i < g.length; i++) {
                if (ga != null) {
                    ga[i % d] += g[i] * xs[i];
                }
                if (gx != null) {
                    gx[i] += g[i] * a.data()[i % d];
                }
                if (gb != null) {
                    gb[i % d] += g[i];
                }
            }
        }, a, x, b);
    }

    @Test
    void customOperation() {
        check(in -> fusedAxpb(in[0], in[1], in[2]).tanh(), rand(1, 3), rand(2, 4, 3), rand(3, 3));
        Tensor constantX = rand(2, 4, 3).requiresGrad(false);
        check(in -> fusedAxpb(in[0], constantX, in[1]), rand(1, 3), rand(3, 3));
    }
}
