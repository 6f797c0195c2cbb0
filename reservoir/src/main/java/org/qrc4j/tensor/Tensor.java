package org.qrc4j.tensor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;

/**
 * A dense tensor of doubles of any rank with reverse-mode automatic differentiation.
 *
 * <p><b>Storage.</b> A shape ({@code int[]}, rank 0 for a scalar) and a row-major {@code double[]}
 * of {@code product(shape)} elements. {@link #data()} returns the live array: writing to it changes
 * the tensor (optimisers update parameters that way). Values an operation read in its forward pass
 * must not be changed before its backward pass has run.
 *
 * <p><b>Autodiff.</b> A tensor either is a <em>leaf</em> (made by a factory; a parameter when
 * {@link #requiresGrad(boolean) requiresGrad(true)}) or was made by an operation. When grad mode is
 * on (no open {@link NoGrad} scope) and some input requires grad, the operation's result requires
 * grad too and records its inputs and a backward closure. {@link #backward()} on a scalar result
 * visits the graph in reverse topological order (iteratively, so 200-step recurrences cannot
 * overflow the stack) and <em>adds</em> into {@link #grad()} of every leaf that requires grad;
 * gradients therefore accumulate over backward calls until {@link #zeroGrad()}. Gradient buffers
 * of intermediate results are released as soon as they have been propagated. The graph itself is
 * kept while the result is reachable, so {@code backward()} may be called again on it.
 * A graph must be built and differentiated on one thread.
 *
 * <p><b>Broadcasting</b> (add, sub, mul, div): numpy rules. Shapes are aligned on the right; each
 * pair of dimensions must be equal or one of them 1 (missing dimensions count as 1); the result has
 * the larger of each pair. The common cases (equal shapes; {@code b}'s shape a suffix of
 * {@code a}'s, e.g. a bias {@code [d]} on {@code [batch, d]}; scalars) have dedicated loops. The
 * gradient of a broadcast input is summed over the dimensions it was repeated along.
 *
 * <p><b>Axes</b> may be given negative, counting from the end ({@code -1} is the last).
 *
 * <p><b>Views.</b> {@link #reshape(int...)} and {@link #detach()} share the data array with their
 * input; every other operation writes a new array.
 */
public final class Tensor {

    /**
     * Backward closure of an operation: receives d(loss)/d(output) and <em>adds</em> each input's
     * share into that input's {@link #gradAccumulator()} (skipping inputs for which it is null).
     * It must not modify {@code gradOut}.
     */
    @FunctionalInterface
    public interface Backward {
        /** Propagates {@code gradOut} (same length as the output's data) to the inputs. */
        void apply(double[] gradOut);
    }

    private static final AtomicInteger STAMPS = new AtomicInteger();

    private final int[] shape;
    private final double[] data;
    private double[] grad;
    private boolean requiresGrad;

    // Graph node; null for leaves.
    private final String op;
    private final Tensor[] inputs;
    private final Backward backwardFn;
    private int visitStamp;

    private Tensor(double[] data, int[] shape, String op, Tensor[] inputs, Backward backwardFn) {
        this.data = data;
        this.shape = shape;
        this.op = op;
        this.inputs = inputs;
        this.backwardFn = backwardFn;
        this.requiresGrad = backwardFn != null;
    }

    /** A leaf; {@code shape} is copied and checked against the data length. */
    private static Tensor leaf(double[] data, int[] shape) {
        int[] s = shape.clone();
        long n = checkedSize(s);
        if (n != data.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(s) + " needs " + n
                    + " elements, got " + data.length);
        }
        return new Tensor(data, s, null, null, null);
    }

    /**
     * The result of an operation: a graph node when grad mode is on and an input requires grad,
     * otherwise a plain leaf (the closure is then dropped).
     */
    static Tensor result(String op, double[] data, int[] shape, Backward backward, Tensor... inputs) {
        if (NoGrad.gradEnabled()) {
            for (Tensor t : inputs) {
                if (t != null && t.requiresGrad) {
                    return new Tensor(data, shape, op, inputs, backward);
                }
            }
        }
        return new Tensor(data, shape, null, null, null);
    }

    // ---------------------------------------------------------------- factories

    /** A tensor of zeros. */
    public static Tensor zeros(int... shape) {
        return leaf(new double[(int) checkedSize(shape)], shape);
    }

    /** A tensor of ones. */
    public static Tensor ones(int... shape) {
        return full(1.0, shape);
    }

    /** A tensor filled with {@code value}. */
    public static Tensor full(double value, int... shape) {
        double[] d = new double[(int) checkedSize(shape)];
        Arrays.fill(d, value);
        return leaf(d, shape);
    }

    /** A tensor over {@code data} (not copied: the tensor owns the array from now on). */
    public static Tensor of(double[] data, int... shape) {
        return leaf(data, shape);
    }

    /** A rank-1 tensor holding a copy of {@code values}. */
    public static Tensor vector(double... values) {
        return leaf(values.clone(), new int[] {values.length});
    }

    /** A rank-0 tensor (shape {@code []}). */
    public static Tensor scalar(double value) {
        return leaf(new double[] {value}, new int[0]);
    }

    /** Standard normal entries drawn from {@code rng} in row-major order. */
    public static Tensor randn(RandomGenerator rng, int... shape) {
        double[] d = new double[(int) checkedSize(shape)];
        for (int i = 0; i < d.length; i++) {
            d[i] = rng.nextGaussian();
        }
        return leaf(d, shape);
    }

    /** Entries uniform in {@code [lo, hi)} drawn from {@code rng} in row-major order. */
    public static Tensor uniform(RandomGenerator rng, double lo, double hi, int... shape) {
        double[] d = new double[(int) checkedSize(shape)];
        for (int i = 0; i < d.length; i++) {
            d[i] = lo + (hi - lo) * rng.nextDouble();
        }
        return leaf(d, shape);
    }

    /** Opens a no-grad scope on this thread; see {@link NoGrad}. */
    public static NoGrad noGrad() {
        return new NoGrad();
    }

    /** Whether operations on this thread currently record a graph. */
    public static boolean isGradEnabled() {
        return NoGrad.gradEnabled();
    }

    // ---------------------------------------------------------------- accessors

    /** A copy of the shape. */
    public int[] shape() {
        return shape.clone();
    }

    /** Size of dimension {@code axis} (negative counts from the end). */
    public int shape(int axis) {
        return shape[axis(axis)];
    }

    /** The rank (number of dimensions). */
    public int rank() {
        return shape.length;
    }

    /** The number of elements. */
    public int size() {
        return data.length;
    }

    /** The live row-major data array. */
    public double[] data() {
        return data;
    }

    /** The value of a one-element tensor. */
    public double item() {
        if (data.length != 1) {
            throw new IllegalStateException("item() needs one element, shape " + Arrays.toString(shape));
        }
        return data[0];
    }

    /** The element at the given indices (one per dimension). */
    public double get(int... index) {
        return data[flatIndex(index)];
    }

    /** Sets the element at the given indices; a direct write, not recorded in the graph. */
    public void set(double value, int... index) {
        data[flatIndex(index)] = value;
    }

    private int flatIndex(int[] index) {
        if (index.length != shape.length) {
            throw new IllegalArgumentException("need " + shape.length + " indices, got " + index.length);
        }
        int f = 0;
        for (int d = 0; d < shape.length; d++) {
            if (index[d] < 0 || index[d] >= shape[d]) {
                throw new IndexOutOfBoundsException("index " + index[d] + " for dimension " + d
                        + " of size " + shape[d]);
            }
            f = f * shape[d] + index[d];
        }
        return f;
    }

    /** The live gradient array, or null before any gradient reached this tensor. */
    public double[] grad() {
        return grad;
    }

    /** The gradient as a tensor of this shape (a copy; zeros if none yet). */
    public Tensor gradTensor() {
        return leaf(grad == null ? new double[data.length] : grad.clone(), shape);
    }

    /** Whether gradients flow to this tensor. */
    public boolean requiresGrad() {
        return requiresGrad;
    }

    /** Marks a leaf as a parameter (or not); returns this. */
    public Tensor requiresGrad(boolean requires) {
        if (backwardFn != null) {
            throw new IllegalStateException("requiresGrad can only be set on leaves; use detach()");
        }
        this.requiresGrad = requires;
        return this;
    }

    /** Whether this tensor was made by a factory rather than a recorded operation. */
    public boolean isLeaf() {
        return backwardFn == null;
    }

    /** The name of the operation that made this tensor, or null for a leaf. */
    public String op() {
        return op;
    }

    /** The inputs of the operation that made this tensor (a copy; empty for a leaf). */
    public List<Tensor> inputs() {
        return inputs == null ? List.of() : List.of(inputs);
    }

    /** Sets the gradient to zero (keeps the buffer). */
    public void zeroGrad() {
        if (grad != null) {
            Arrays.fill(grad, 0.0);
        }
    }

    /** Drops the gradient buffer. */
    public void clearGrad() {
        grad = null;
    }

    /** A leaf sharing this tensor's data that does not require grad: the stop-gradient. */
    public Tensor detach() {
        return new Tensor(data, shape, null, null, null);
    }

    /** A leaf with a copy of this tensor's data, not requiring grad. */
    public Tensor copy() {
        return new Tensor(data.clone(), shape, null, null, null);
    }

    /** The gradient buffer, allocated on first use; callers add into it. */
    double[] gradBuffer() {
        if (grad == null) {
            grad = new double[data.length];
        }
        return grad;
    }

    /**
     * For {@link Backward} closures of custom operations: the gradient buffer to add into
     * (allocated on first use), or null when this tensor needs no gradient.
     */
    public double[] gradAccumulator() {
        return requiresGrad ? gradBuffer() : null;
    }

    /**
     * A custom (fused) operation: wraps {@code data} of shape {@code shape}, computed by the caller
     * from {@code inputs}, and records {@code backward} when grad mode is on and some input requires
     * grad. This lets a model fuse a hot sequence of small operations (e.g. one AL-RNN step) into
     * one node with a hand-written backward; check it with a finite-difference test as the
     * built-in operations are. {@code data} is owned by the result from now on.
     */
    public static Tensor custom(String op, double[] data, int[] shape, Backward backward, Tensor... inputs) {
        int[] s = shape.clone();
        if (checkedSize(s) != data.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(s) + " does not fit "
                    + data.length + " elements");
        }
        return result(op, data, s, backward, inputs.clone());
    }

    /** The buffer to add this input's gradient into, or null if it needs none. */
    private static double[] sink(Tensor t) {
        return t.requiresGrad ? t.gradBuffer() : null;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Tensor").append(Arrays.toString(shape));
        if (op != null) {
            sb.append(" op=").append(op);
        }
        if (data.length <= 16) {
            sb.append(' ').append(Arrays.toString(data));
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- backward

    /**
     * Back-propagates from this one-element tensor: adds d(this)/d(leaf) into the grad of every
     * leaf reachable from here that requires grad.
     */
    public void backward() {
        if (data.length != 1) {
            throw new IllegalStateException("backward() needs a one-element tensor, shape "
                    + Arrays.toString(shape));
        }
        backward(new double[] {1.0});
    }

    /** Back-propagates from this tensor with the given d(loss)/d(this) (same size as this). */
    public void backward(double[] seed) {
        if (!requiresGrad) {
            throw new IllegalStateException("this tensor does not require grad (no parameter reaches it"
                    + " or it was made in a no-grad scope)");
        }
        if (seed.length != data.length) {
            throw new IllegalArgumentException("seed has " + seed.length + " elements, tensor " + data.length);
        }
        List<Tensor> order = topologicalOrder();
        double[] g = gradBuffer();
        for (int i = 0; i < g.length; i++) {
            g[i] += seed[i];
        }
        for (int i = order.size() - 1; i >= 0; i--) {
            Tensor t = order.get(i);
            if (t.backwardFn != null) {
                if (t.grad != null) {
                    t.backwardFn.apply(t.grad);
                }
                // Intermediate gradients are only a conduit; freeing them keeps memory flat and
                // makes a second backward() over the same graph start clean.
                t.grad = null;
            }
        }
    }

    /** Post-order (inputs before outputs) of the tensors requiring grad reachable from this. */
    private List<Tensor> topologicalOrder() {
        int stamp = STAMPS.incrementAndGet();
        ArrayList<Tensor> order = new ArrayList<>();
        Tensor[] stack = new Tensor[64];
        int[] next = new int[64];
        int sp = 0;
        stack[sp] = this;
        next[sp++] = 0;
        visitStamp = stamp;
        while (sp > 0) {
            Tensor t = stack[sp - 1];
            Tensor[] in = t.inputs;
            if (in != null && next[sp - 1] < in.length) {
                Tensor c = in[next[sp - 1]++];
                if (c != null && c.requiresGrad && c.visitStamp != stamp) {
                    c.visitStamp = stamp;
                    if (sp == stack.length) {
                        stack = Arrays.copyOf(stack, 2 * sp);
                        next = Arrays.copyOf(next, 2 * sp);
                    }
                    stack[sp] = c;
                    next[sp++] = 0;
                }
            } else {
                order.add(t);
                stack[--sp] = null;
            }
        }
        return order;
    }

    // ---------------------------------------------------------------- shape helpers

    static long checkedSize(int[] shape) {
        long n = 1;
        for (int s : shape) {
            if (s < 0) {
                throw new IllegalArgumentException("negative dimension in " + Arrays.toString(shape));
            }
            n *= s;
            if (n > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("too many elements: " + Arrays.toString(shape));
            }
        }
        return n;
    }

    static int sizeOf(int[] shape, int from, int to) {
        int n = 1;
        for (int d = from; d < to; d++) {
            n *= shape[d];
        }
        return n;
    }

    int axis(int axis) {
        int a = axis < 0 ? axis + shape.length : axis;
        if (a < 0 || a >= shape.length) {
            throw new IllegalArgumentException("axis " + axis + " out of range for rank " + shape.length);
        }
        return a;
    }

    /** Whether {@code s} equals the trailing dimensions of {@code of}. */
    static boolean isSuffix(int[] s, int[] of) {
        if (s.length > of.length) {
            return false;
        }
        int off = of.length - s.length;
        for (int d = 0; d < s.length; d++) {
            if (s[d] != of[off + d]) {
                return false;
            }
        }
        return true;
    }

    static int[] broadcastShape(int[] a, int[] b) {
        int r = Math.max(a.length, b.length);
        int[] out = new int[r];
        for (int d = 0; d < r; d++) {
            int da = d - (r - a.length) >= 0 ? a[d - (r - a.length)] : 1;
            int db = d - (r - b.length) >= 0 ? b[d - (r - b.length)] : 1;
            if (da != db && da != 1 && db != 1) {
                throw new IllegalArgumentException("shapes " + Arrays.toString(a) + " and "
                        + Arrays.toString(b) + " do not broadcast");
            }
            out[d] = da == 1 ? db : da;
        }
        return out;
    }

    /** For each flat index of {@code out}, the flat index of the broadcast input of shape {@code in}. */
    static int[] broadcastIndex(int[] in, int[] out) {
        int r = out.length;
        int n = (int) checkedSize(out);
        int[] stride = new int[r];
        int st = 1;
        for (int d = in.length - 1; d >= 0; d--) {
            int od = d + r - in.length;
            stride[od] = in[d] == 1 ? 0 : st;
            st *= in[d];
        }
        int[] map = new int[n];
        int[] idx = new int[r];
        int p = 0;
        for (int i = 0; i < n; i++) {
            map[i] = p;
            for (int d = r - 1; d >= 0; d--) {
                idx[d]++;
                p += stride[d];
                if (idx[d] < out[d]) {
                    break;
                }
                p -= stride[d] * out[d];
                idx[d] = 0;
            }
        }
        return map;
    }

    // ---------------------------------------------------------------- elementwise binary

    private static final int ADD = 0;
    private static final int SUB = 1;
    private static final int MUL = 2;
    private static final int DIV = 3;
    private static final String[] BINARY_NAMES = {"add", "sub", "mul", "div"};

    /** {@code this + b}, broadcasting. */
    public Tensor add(Tensor b) {
        return binary(b, ADD);
    }

    /** {@code this - b}, broadcasting. */
    public Tensor sub(Tensor b) {
        return binary(b, SUB);
    }

    /** {@code this * b} elementwise (Hadamard), broadcasting. */
    public Tensor mul(Tensor b) {
        return binary(b, MUL);
    }

    /** {@code this / b} elementwise, broadcasting. */
    public Tensor div(Tensor b) {
        return binary(b, DIV);
    }

    private static double fwd(int op, double x, double y) {
        switch (op) {
            case ADD: return x + y;
            case SUB: return x - y;
            case MUL: return x * y;
            default: return x / y;
        }
    }

    private Tensor binary(Tensor b, int op) {
        Tensor a = this;
        double[] x = a.data;
        double[] y = b.data;
        final int[] outShape;
        final int[] ia;
        final int[] ib;
        // mode 1: a has the output shape and b repeats with period y.length (b's shape is a suffix,
        // including equal shapes and scalars); mode 2: the mirror image; mode 0: index maps.
        final int mode;
        if (isSuffix(b.shape, a.shape)) {
            outShape = a.shape;
            ia = null;
            ib = null;
            mode = 1;
        } else if (isSuffix(a.shape, b.shape)) {
            outShape = b.shape;
            ia = null;
            ib = null;
            mode = 2;
        } else {
            outShape = broadcastShape(a.shape, b.shape);
            ia = broadcastIndex(a.shape, outShape);
            ib = broadcastIndex(b.shape, outShape);
            mode = 0;
        }
        int n = (int) checkedSize(outShape);
        double[] z = new double[n];
        if (mode == 1) {
            int p = y.length;
            if (p == n) {
                for (int i = 0; i < n; i++) {
                    z[i] = fwd(op, x[i], y[i]);
                }
            } else {
                for (int i = 0; i < n; ) {
                    for (int j = 0; j < p; j++, i++) {
                        z[i] = fwd(op, x[i], y[j]);
                    }
                }
            }
        } else if (mode == 2) {
            int p = x.length;
            for (int i = 0; i < n; ) {
                for (int j = 0; j < p; j++, i++) {
                    z[i] = fwd(op, x[j], y[i]);
                }
            }
        } else {
            for (int i = 0; i < n; i++) {
                z[i] = fwd(op, x[ia[i]], y[ib[i]]);
            }
        }
        return result(BINARY_NAMES[op], z, outShape, g -> {
            double[] ga = sink(a);
            double[] gb = sink(b);
            if (mode == 1) {
                int p = y.length;
                for (int i = 0; i < n; ) {
                    for (int j = 0; j < p; j++, i++) {
                        binaryGrad(op, g[i], x, i, y, j, ga, gb);
                    }
                }
            } else if (mode == 2) {
                int p = x.length;
                for (int i = 0; i < n; ) {
                    for (int j = 0; j < p; j++, i++) {
                        binaryGrad(op, g[i], x, j, y, i, ga, gb);
                    }
                }
            } else {
                for (int i = 0; i < n; i++) {
                    binaryGrad(op, g[i], x, ia[i], y, ib[i], ga, gb);
                }
            }
        }, a, b);
    }

    private static void binaryGrad(int op, double g, double[] x, int i, double[] y, int j, double[] ga, double[] gb) {
        switch (op) {
            case ADD:
                if (ga != null) {
                    ga[i] += g;
                }
                if (gb != null) {
                    gb[j] += g;
                }
                break;
            case SUB:
                if (ga != null) {
                    ga[i] += g;
                }
                if (gb != null) {
                    gb[j] -= g;
                }
                break;
            case MUL:
                if (ga != null) {
                    ga[i] += g * y[j];
                }
                if (gb != null) {
                    gb[j] += g * x[i];
                }
                break;
            default:
                if (ga != null) {
                    ga[i] += g / y[j];
                }
                if (gb != null) {
                    gb[j] -= g * x[i] / (y[j] * y[j]);
                }
                break;
        }
    }

    // ---------------------------------------------------------------- elementwise unary

    private Tensor unary(String name, double[] out, Backward backward) {
        return result(name, out, shape, backward, this);
    }

    /** {@code this + s}. */
    public Tensor add(double s) {
        double[] x = data;
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] + s;
        }
        return unary("addScalar", y, g -> {
            double[] gx = gradBuffer();
            for (int i = 0; i < gx.length; i++) {
                gx[i] += g[i];
            }
        });
    }

    /** {@code this - s}. */
    public Tensor sub(double s) {
        return add(-s);
    }

    /** {@code this * s}. */
    public Tensor mul(double s) {
        double[] x = data;
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] * s;
        }
        return unary("mulScalar", y, g -> {
            double[] gx = gradBuffer();
            for (int i = 0; i < gx.length; i++) {
                gx[i] += g[i] * s;
            }
        });
    }

    /** {@code this / s}. */
    public Tensor div(double s) {
        double[] x = data;
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] / s;
        }
        return unary("divScalar", y, g -> {
            double[] gx = gradBuffer();
            for (int i = 0; i < gx.length; i++) {
                gx[i] += g[i] / s;
            }
        });
    }

    /** {@code s - this}. */
    public Tensor rsub(double s) {
        return neg().add(s);
    }

    /** {@code -this}. */
    public Tensor neg() {
        double[] x = data;
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = -x[i];
        }
        return unary("neg", y, g -> {
            double[] gx = gradBuffer();
            for (int i = 0; i < gx.length; i++) {
                gx[i] -= g[i];
            }
        });
    }

    /** {@code this^p} elementwise (for non-integer p, defined for positive entries). */
    public Tensor pow(double p) {
        double[] x = data;
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = Math.pow(x[i], p);
        }
        return unary("pow", y, g -> {
            double[] gx = gradBuffer();
            for (int i = 0; i < gx.length; i++) {
                gx[i] += g[i] * p * Math.pow(x[i], p - 1);
            }
        });
    }

    /** {@code this * this}. */
    public Tensor square() {
        double[] x = data;
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] * x[i];
        }
        return unary("square", y, g -> {
            double[] gx = gradBuffer();
            for (int i = 0; i < gx.length; i++) {
                gx[i] += 2 * g[i] * x[i];
            }
        });
    }

    /** {@code max(this, 0)}; the gradient at 0 is taken as 0. */
    public Tensor relu() {
        double[] x = data;
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] > 0 ? x[i] : 0.0;
        }
        return unary("relu", y, g -> {
            double[] gx = gradBuffer();
            for (int i = 0; i < gx.length; i++) {
                if (x[i] > 0) {
                    gx[i] += g[i];
                }
            }
        });
    }

    /** Hyperbolic tangent. */
    public Tensor tanh() {
        double[] x = data;
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = Math.tanh(x[i]);
        }
        return unary("tanh", y, g -> {
            double[] gx = gradBuffer();
            for (int i = 0; i < gx.length; i++) {
                gx[i] += g[i] * (1 - y[i] * y[i]);
            }
        });
    }

    /** Logistic sigmoid {@code 1 / (1 + e^-x)}, computed without overflow for large |x|. */
    public Tensor sigmoid() {
        double[] x = data;
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = sigmoid(x[i]);
        }
        return unary("sigmoid", y, g -> {
            double[] gx = gradBuffer();
            for (int i = 0; i < gx.length; i++) {
                gx[i] += g[i] * y[i] * (1 - y[i]);
            }
        });
    }

    static double sigmoid(double v) {
        if (v >= 0) {
            return 1.0 / (1.0 + Math.exp(-v));
        }
        double e = Math.exp(v);
        return e / (1.0 + e);
    }

    /** {@code e^this}. */
    public Tensor exp() {
        double[] x = data;
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = Math.exp(x[i]);
        }
        return unary("exp", y, g -> {
            double[] gx = gradBuffer();
            for (int i = 0; i < gx.length; i++) {
                gx[i] += g[i] * y[i];
            }
        });
    }

    /** Natural logarithm. */
    public Tensor log() {
        double[] x = data;
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = Math.log(x[i]);
        }
        return unary("log", y, g -> {
            double[] gx = gradBuffer();
            for (int i = 0; i < gx.length; i++) {
                gx[i] += g[i] / x[i];
            }
        });
    }

    /** Square root. */
    public Tensor sqrt() {
        double[] x = data;
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = Math.sqrt(x[i]);
        }
        return unary("sqrt", y, g -> {
            double[] gx = gradBuffer();
            for (int i = 0; i < gx.length; i++) {
                gx[i] += g[i] * 0.5 / y[i];
            }
        });
    }

    /** Absolute value; the gradient at 0 is taken as 0. */
    public Tensor abs() {
        double[] x = data;
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = Math.abs(x[i]);
        }
        return unary("abs", y, g -> {
            double[] gx = gradBuffer();
            for (int i = 0; i < gx.length; i++) {
                gx[i] += x[i] > 0 ? g[i] : x[i] < 0 ? -g[i] : 0.0;
            }
        });
    }

    private static final double INV_SQRT2 = 0.7071067811865476;
    private static final double INV_SQRT_2PI = 0.3989422804014327;

    /**
     * GELU with the exact Gaussian CDF, {@code x * Phi(x) = x/2 (1 + erf(x / sqrt 2))} (PyTorch's
     * default, not its tanh approximation). erf comes from {@link Special#erf(double)}.
     */
    public Tensor gelu() {
        double[] x = data;
        double[] y = new double[x.length];
        double[] cdf = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            cdf[i] = 0.5 * (1.0 + Special.erf(x[i] * INV_SQRT2));
            y[i] = x[i] * cdf[i];
        }
        return unary("gelu", y, g -> {
            double[] gx = gradBuffer();
            for (int i = 0; i < gx.length; i++) {
                double pdf = INV_SQRT_2PI * Math.exp(-0.5 * x[i] * x[i]);
                gx[i] += g[i] * (cdf[i] + x[i] * pdf);
            }
        });
    }

    /** SiLU (swish), {@code x * sigmoid(x)}. */
    public Tensor silu() {
        double[] x = data;
        double[] y = new double[x.length];
        double[] s = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            s[i] = sigmoid(x[i]);
            y[i] = x[i] * s[i];
        }
        return unary("silu", y, g -> {
            double[] gx = gradBuffer();
            for (int i = 0; i < gx.length; i++) {
                gx[i] += g[i] * s[i] * (1 + x[i] * (1 - s[i]));
            }
        });
    }

    // ---------------------------------------------------------------- reductions

    /** Sum of all elements, a rank-0 tensor. */
    public Tensor sum() {
        double s = 0;
        for (double v : data) {
            s += v;
        }
        return result("sum", new double[] {s}, new int[0], g -> {
            double[] gx = gradBuffer();
            double g0 = g[0];
            for (int i = 0; i < gx.length; i++) {
                gx[i] += g0;
            }
        }, this);
    }

    /** Mean of all elements, a rank-0 tensor. */
    public Tensor mean() {
        int n = data.length;
        double s = 0;
        for (double v : data) {
            s += v;
        }
        return result("mean", new double[] {s / n}, new int[0], g -> {
            double[] gx = gradBuffer();
            double g0 = g[0] / n;
            for (int i = 0; i < gx.length; i++) {
                gx[i] += g0;
            }
        }, this);
    }

    /** Sum along {@code axis}, which is removed. */
    public Tensor sum(int axis) {
        return sum(axis, false);
    }

    /** Mean along {@code axis}, which is removed. */
    public Tensor mean(int axis) {
        return mean(axis, false);
    }

    /** Sum along {@code axis}; kept with size 1 when {@code keepDim}. */
    public Tensor sum(int axis, boolean keepDim) {
        return reduceAxis(axis, keepDim, false);
    }

    /** Mean along {@code axis}; kept with size 1 when {@code keepDim}. */
    public Tensor mean(int axis, boolean keepDim) {
        return reduceAxis(axis, keepDim, true);
    }

    private Tensor reduceAxis(int axisArg, boolean keepDim, boolean mean) {
        int ax = axis(axisArg);
        int outer = sizeOf(shape, 0, ax);
        int len = shape[ax];
        int inner = sizeOf(shape, ax + 1, shape.length);
        double scale = mean ? 1.0 / len : 1.0;
        double[] x = data;
        double[] y = new double[outer * inner];
        for (int o = 0; o < outer; o++) {
            int yo = o * inner;
            for (int l = 0; l < len; l++) {
                int xo = (o * len + l) * inner;
                for (int i = 0; i < inner; i++) {
                    y[yo + i] += x[xo + i];
                }
            }
        }
        if (mean) {
            for (int i = 0; i < y.length; i++) {
                y[i] *= scale;
            }
        }
        int[] outShape = reducedShape(ax, keepDim);
        return result(mean ? "meanAxis" : "sumAxis", y, outShape, g -> {
            double[] gx = gradBuffer();
            for (int o = 0; o < outer; o++) {
                int yo = o * inner;
                for (int l = 0; l < len; l++) {
                    int xo = (o * len + l) * inner;
                    for (int i = 0; i < inner; i++) {
                        gx[xo + i] += g[yo + i] * scale;
                    }
                }
            }
        }, this);
    }

    private int[] reducedShape(int ax, boolean keepDim) {
        if (keepDim) {
            int[] s = shape.clone();
            s[ax] = 1;
            return s;
        }
        int[] s = new int[shape.length - 1];
        for (int d = 0, k = 0; d < shape.length; d++) {
            if (d != ax) {
                s[k++] = shape[d];
            }
        }
        return s;
    }

    // ---------------------------------------------------------------- softmax, layer norm

    /** Softmax along {@code axis}, stabilised by subtracting the maximum. */
    public Tensor softmax(int axisArg) {
        int ax = axis(axisArg);
        int outer = sizeOf(shape, 0, ax);
        int len = shape[ax];
        int inner = sizeOf(shape, ax + 1, shape.length);
        double[] x = data;
        double[] y = new double[x.length];
        for (int o = 0; o < outer; o++) {
            for (int i = 0; i < inner; i++) {
                int base = o * len * inner + i;
                double max = Double.NEGATIVE_INFINITY;
                for (int l = 0; l < len; l++) {
                    max = Math.max(max, x[base + l * inner]);
                }
                double s = 0;
                for (int l = 0; l < len; l++) {
                    double e = Math.exp(x[base + l * inner] - max);
                    y[base + l * inner] = e;
                    s += e;
                }
                double inv = 1.0 / s;
                for (int l = 0; l < len; l++) {
                    y[base + l * inner] *= inv;
                }
            }
        }
        return unary("softmax", y, g -> {
            double[] gx = gradBuffer();
            for (int o = 0; o < outer; o++) {
                for (int i = 0; i < inner; i++) {
                    int base = o * len * inner + i;
                    double dot = 0;
                    for (int l = 0; l < len; l++) {
                        int k = base + l * inner;
                        dot += g[k] * y[k];
                    }
                    for (int l = 0; l < len; l++) {
                        int k = base + l * inner;
                        gx[k] += y[k] * (g[k] - dot);
                    }
                }
            }
        });
    }

    /** Log-softmax along {@code axis}: {@code x - max - log(sum(exp(x - max)))}. */
    public Tensor logSoftmax(int axisArg) {
        int ax = axis(axisArg);
        int outer = sizeOf(shape, 0, ax);
        int len = shape[ax];
        int inner = sizeOf(shape, ax + 1, shape.length);
        double[] x = data;
        double[] y = new double[x.length];
        for (int o = 0; o < outer; o++) {
            for (int i = 0; i < inner; i++) {
                int base = o * len * inner + i;
                double max = Double.NEGATIVE_INFINITY;
                for (int l = 0; l < len; l++) {
                    max = Math.max(max, x[base + l * inner]);
                }
                double s = 0;
                for (int l = 0; l < len; l++) {
                    s += Math.exp(x[base + l * inner] - max);
                }
                double lse = max + Math.log(s);
                for (int l = 0; l < len; l++) {
                    y[base + l * inner] = x[base + l * inner] - lse;
                }
            }
        }
        return unary("logSoftmax", y, g -> {
            double[] gx = gradBuffer();
            for (int o = 0; o < outer; o++) {
                for (int i = 0; i < inner; i++) {
                    int base = o * len * inner + i;
                    double gs = 0;
                    for (int l = 0; l < len; l++) {
                        gs += g[base + l * inner];
                    }
                    for (int l = 0; l < len; l++) {
                        int k = base + l * inner;
                        gx[k] += g[k] - Math.exp(y[k]) * gs;
                    }
                }
            }
        });
    }

    /**
     * Layer normalisation over the last axis: {@code (x - mean) / sqrt(var + eps) * gamma + beta}
     * with the biased variance (as PyTorch). {@code gamma} and {@code beta} have shape
     * {@code [d]} (the last dimension) or are null for no affine part.
     */
    public Tensor layerNorm(Tensor gamma, Tensor beta, double eps) {
        int d = shape[shape.length - 1];
        int rows = d == 0 ? 0 : data.length / d;
        if (gamma != null && gamma.size() != d || beta != null && beta.size() != d) {
            throw new IllegalArgumentException("gamma/beta must have " + d + " elements");
        }
        double[] x = data;
        double[] xhat = new double[x.length];
        double[] rstd = new double[rows];
        double[] y = new double[x.length];
        double[] gm = gamma == null ? null : gamma.data;
        double[] bt = beta == null ? null : beta.data;
        for (int r = 0; r < rows; r++) {
            int o = r * d;
            double mu = 0;
            for (int j = 0; j < d; j++) {
                mu += x[o + j];
            }
            mu /= d;
            double var = 0;
            for (int j = 0; j < d; j++) {
                double c = x[o + j] - mu;
                var += c * c;
            }
            var /= d;
            double rs = 1.0 / Math.sqrt(var + eps);
            rstd[r] = rs;
            for (int j = 0; j < d; j++) {
                double h = (x[o + j] - mu) * rs;
                xhat[o + j] = h;
                y[o + j] = (gm == null ? h : h * gm[j]) + (bt == null ? 0.0 : bt[j]);
            }
        }
        Tensor self = this;
        return result("layerNorm", y, shape, g -> {
            double[] gx = sink(self);
            double[] gg = gamma == null ? null : sink(gamma);
            double[] gb = beta == null ? null : sink(beta);
            for (int r = 0; r < rows; r++) {
                int o = r * d;
                if (gg != null || gb != null) {
                    for (int j = 0; j < d; j++) {
                        if (gg != null) {
                            gg[j] += g[o + j] * xhat[o + j];
                        }
                        if (gb != null) {
                            gb[j] += g[o + j];
                        }
                    }
                }
                if (gx != null) {
                    double m1 = 0;
                    double m2 = 0;
                    for (int j = 0; j < d; j++) {
                        double gh = gm == null ? g[o + j] : g[o + j] * gm[j];
                        m1 += gh;
                        m2 += gh * xhat[o + j];
                    }
                    m1 /= d;
                    m2 /= d;
                    double rs = rstd[r];
                    for (int j = 0; j < d; j++) {
                        double gh = gm == null ? g[o + j] : g[o + j] * gm[j];
                        gx[o + j] += rs * (gh - m1 - xhat[o + j] * m2);
                    }
                }
            }
        }, this, gamma, beta);
    }

    // ---------------------------------------------------------------- matmul

    /**
     * Matrix product over the last two axes.
     * <ul>
     * <li>{@code [n,k] x [k,m] -> [n,m]};</li>
     * <li>{@code [..., n,k] x [k,m] -> [..., n,m]}: a shared weight (the leading dimensions are
     * folded into the rows, so the weight's gradient is summed over them);</li>
     * <li>{@code [B..., n,k] x [B..., k,m] -> [B..., n,m]}: batched, leading dimensions equal.</li>
     * </ul>
     * See {@link MatMul} for the kernel and when it uses several threads.
     */
    public Tensor matmul(Tensor b) {
        Tensor a = this;
        if (a.rank() < 2 || b.rank() < 2) {
            throw new IllegalArgumentException("matmul needs rank >= 2: " + Arrays.toString(a.shape)
                    + " x " + Arrays.toString(b.shape));
        }
        int k = a.shape[a.rank() - 1];
        int n = a.shape[a.rank() - 2];
        int m = b.shape[b.rank() - 1];
        if (b.shape[b.rank() - 2] != k) {
            throw new IllegalArgumentException("matmul inner dimensions differ: " + Arrays.toString(a.shape)
                    + " x " + Arrays.toString(b.shape));
        }
        int[] outShape = a.shape.clone();
        outShape[outShape.length - 1] = m;
        double[] x = a.data;
        double[] w = b.data;
        if (b.rank() == 2) {
            int rs = sizeOf(a.shape, 0, a.rank() - 1);
            int rows = rs;
            double[] y = new double[rows * m];
            MatMul.mm(x, 0, w, 0, y, 0, rows, k, m);
            return result("matmul", y, outShape, g -> {
                double[] ga = sink(a);
                double[] gb = sink(b);
                if (ga != null) {
                    MatMul.mmNT(g, 0, w, 0, ga, 0, rs, m, k);
                }
                if (gb != null) {
                    MatMul.mmTN(x, 0, g, 0, gb, 0, k, rs, m);
                }
            }, a, b);
        }
        if (a.rank() != b.rank() || !Arrays.equals(Arrays.copyOf(a.shape, a.rank() - 2),
                Arrays.copyOf(b.shape, b.rank() - 2))) {
            throw new IllegalArgumentException("batched matmul needs equal leading dimensions: "
                    + Arrays.toString(a.shape) + " x " + Arrays.toString(b.shape));
        }
        int batch = sizeOf(a.shape, 0, a.rank() - 2);
        double[] y = new double[batch * n * m];
        batched(batch, (long) n * k * m, bi -> MatMul.mm(x, bi * n * k, w, bi * k * m, y, bi * n * m, n, k, m));
        return result("bmm", y, outShape, g -> {
            double[] ga = sink(a);
            double[] gb = sink(b);
            if (ga != null) {
                batched(batch, (long) n * k * m,
                        bi -> MatMul.mmNT(g, bi * n * m, w, bi * k * m, ga, bi * n * k, n, m, k));
            }
            if (gb != null) {
                batched(batch, (long) n * k * m,
                        bi -> MatMul.mmTN(x, bi * n * k, g, bi * n * m, gb, bi * k * m, k, n, m));
            }
        }, a, b);
    }

    /** Runs one product per batch item, over threads when the whole batch is big enough. */
    private static void batched(int batch, long flopsPerItem, java.util.function.IntConsumer item) {
        if (batch > 1 && MatMul.parallel(flopsPerItem * batch, batch) && flopsPerItem < MatMul.parallelThreshold()) {
            // Items are independent and each is done by one thread: identical to the serial loop.
            MatMul.forRows(batch, (from, to) -> {
                for (int bi = from; bi < to; bi++) {
                    item.accept(bi);
                }
            });
        } else {
            for (int bi = 0; bi < batch; bi++) {
                item.accept(bi); // a single item may still split its own rows if it is big
            }
        }
    }

    // ---------------------------------------------------------------- shape operations

    /** The same data with a new shape (one dimension may be -1, inferred); shares the data array. */
    public Tensor reshape(int... newShape) {
        int[] s = newShape.clone();
        int infer = -1;
        long known = 1;
        for (int d = 0; d < s.length; d++) {
            if (s[d] == -1) {
                if (infer >= 0) {
                    throw new IllegalArgumentException("only one -1 allowed in " + Arrays.toString(newShape));
                }
                infer = d;
            } else {
                known *= s[d];
            }
        }
        if (infer >= 0) {
            s[infer] = known == 0 ? 0 : (int) (data.length / known);
        }
        if (checkedSize(s) != data.length) {
            throw new IllegalArgumentException("cannot reshape " + Arrays.toString(shape) + " to "
                    + Arrays.toString(newShape));
        }
        return result("reshape", data, s, g -> {
            double[] gx = gradBuffer();
            for (int i = 0; i < gx.length; i++) {
                gx[i] += g[i];
            }
        }, this);
    }

    /** Permutes the axes: result dimension {@code d} is input dimension {@code perm[d]}. */
    public Tensor permute(int... perm) {
        int r = shape.length;
        if (perm.length != r) {
            throw new IllegalArgumentException("permutation of length " + perm.length + " for rank " + r);
        }
        int[] p = new int[r];
        boolean[] seen = new boolean[r];
        for (int d = 0; d < r; d++) {
            p[d] = axis(perm[d]);
            if (seen[p[d]]) {
                throw new IllegalArgumentException("not a permutation: " + Arrays.toString(perm));
            }
            seen[p[d]] = true;
        }
        int[] outShape = new int[r];
        int[] inStride = new int[r];
        int st = 1;
        for (int d = r - 1; d >= 0; d--) {
            inStride[d] = st;
            st *= shape[d];
        }
        int[] stride = new int[r];
        for (int d = 0; d < r; d++) {
            outShape[d] = shape[p[d]];
            stride[d] = inStride[p[d]];
        }
        int n = data.length;
        int[] map = new int[n];
        int[] idx = new int[r];
        int q = 0;
        for (int i = 0; i < n; i++) {
            map[i] = q;
            for (int d = r - 1; d >= 0; d--) {
                idx[d]++;
                q += stride[d];
                if (idx[d] < outShape[d]) {
                    break;
                }
                q -= stride[d] * outShape[d];
                idx[d] = 0;
            }
        }
        double[] x = data;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = x[map[i]];
        }
        return result("permute", y, outShape, g -> {
            double[] gx = gradBuffer();
            for (int i = 0; i < n; i++) {
                gx[map[i]] += g[i];
            }
        }, this);
    }

    /** Swaps two axes. */
    public Tensor transpose(int axis0, int axis1) {
        int[] perm = new int[shape.length];
        for (int d = 0; d < perm.length; d++) {
            perm[d] = d;
        }
        int a0 = axis(axis0);
        int a1 = axis(axis1);
        perm[a0] = a1;
        perm[a1] = a0;
        return permute(perm);
    }

    /** Swaps the last two axes (the matrix transpose). */
    public Tensor t() {
        return transpose(-2, -1);
    }

    /** Elements {@code [start, end)} along {@code axis}. */
    public Tensor slice(int axisArg, int start, int end) {
        int ax = axis(axisArg);
        int len = shape[ax];
        if (start < 0 || end > len || start > end) {
            throw new IllegalArgumentException("slice [" + start + ", " + end + ") of axis size " + len);
        }
        int outer = sizeOf(shape, 0, ax);
        int inner = sizeOf(shape, ax + 1, shape.length);
        int w = (end - start) * inner;
        double[] x = data;
        double[] y = new double[outer * w];
        for (int o = 0; o < outer; o++) {
            System.arraycopy(x, (o * len + start) * inner, y, o * w, w);
        }
        int[] outShape = shape.clone();
        outShape[ax] = end - start;
        return unaryShaped("slice", y, outShape, g -> {
            double[] gx = gradBuffer();
            for (int o = 0; o < outer; o++) {
                int xo = (o * len + start) * inner;
                int yo = o * w;
                for (int i = 0; i < w; i++) {
                    gx[xo + i] += g[yo + i];
                }
            }
        });
    }

    private Tensor unaryShaped(String name, double[] out, int[] outShape, Backward backward) {
        return result(name, out, outShape, backward, this);
    }

    /** Concatenation along {@code axis}; all other dimensions must agree. */
    public static Tensor concat(int axisArg, Tensor... ts) {
        if (ts.length == 0) {
            throw new IllegalArgumentException("nothing to concatenate");
        }
        Tensor first = ts[0];
        int ax = first.axis(axisArg);
        int outer = sizeOf(first.shape, 0, ax);
        int inner = sizeOf(first.shape, ax + 1, first.rank());
        int total = 0;
        int[] widths = new int[ts.length];
        for (int t = 0; t < ts.length; t++) {
            Tensor x = ts[t];
            if (x.rank() != first.rank()) {
                throw new IllegalArgumentException("concat needs equal ranks");
            }
            for (int d = 0; d < first.rank(); d++) {
                if (d != ax && x.shape[d] != first.shape[d]) {
                    throw new IllegalArgumentException("concat: shapes " + Arrays.toString(first.shape)
                            + " and " + Arrays.toString(x.shape) + " differ off axis " + ax);
                }
            }
            total += x.shape[ax];
            widths[t] = x.shape[ax] * inner;
        }
        int rowW = total * inner;
        double[] y = new double[outer * rowW];
        for (int o = 0, off = 0; o < outer; o++) {
            for (int t = 0; t < ts.length; t++) {
                System.arraycopy(ts[t].data, o * widths[t], y, off, widths[t]);
                off += widths[t];
            }
        }
        int[] outShape = first.shape.clone();
        outShape[ax] = total;
        Tensor[] inputs = ts.clone();
        return result("concat", y, outShape, g -> {
            int colOff = 0;
            for (int t = 0; t < inputs.length; t++) {
                double[] gt = sink(inputs[t]);
                int wt = widths[t];
                if (gt != null) {
                    for (int o = 0; o < outer; o++) {
                        int yo = o * rowW + colOff;
                        int xo = o * wt;
                        for (int i = 0; i < wt; i++) {
                            gt[xo + i] += g[yo + i];
                        }
                    }
                }
                colOff += wt;
            }
        }, inputs);
    }

    /** Stacks equal-shaped tensors along a new axis {@code axis} (0..rank). */
    public static Tensor stack(int axis, Tensor... ts) {
        if (ts.length == 0) {
            throw new IllegalArgumentException("nothing to stack");
        }
        int r = ts[0].rank();
        int ax = axis < 0 ? axis + r + 1 : axis;
        if (ax < 0 || ax > r) {
            throw new IllegalArgumentException("stack axis " + axis + " for rank " + r);
        }
        Tensor[] expanded = new Tensor[ts.length];
        for (int t = 0; t < ts.length; t++) {
            if (!Arrays.equals(ts[t].shape, ts[0].shape)) {
                throw new IllegalArgumentException("stack needs equal shapes");
            }
            int[] s = new int[r + 1];
            for (int d = 0, k = 0; d <= r; d++) {
                s[d] = d == ax ? 1 : ts[t].shape[k++];
            }
            expanded[t] = ts[t].reshape(s);
        }
        return concat(ax, expanded);
    }

    /**
     * Selects entries {@code index} along {@code axis} (repeats allowed): the gather used for
     * embeddings and token selection. The gradient is scattered back and added.
     */
    public Tensor indexSelect(int axisArg, int... index) {
        int ax = axis(axisArg);
        int len = shape[ax];
        int outer = sizeOf(shape, 0, ax);
        int inner = sizeOf(shape, ax + 1, shape.length);
        int[] idx = index.clone();
        for (int v : idx) {
            if (v < 0 || v >= len) {
                throw new IndexOutOfBoundsException("index " + v + " for axis of size " + len);
            }
        }
        int m = idx.length;
        double[] x = data;
        double[] y = new double[outer * m * inner];
        for (int o = 0; o < outer; o++) {
            for (int j = 0; j < m; j++) {
                System.arraycopy(x, (o * len + idx[j]) * inner, y, (o * m + j) * inner, inner);
            }
        }
        int[] outShape = shape.clone();
        outShape[ax] = m;
        return unaryShaped("indexSelect", y, outShape, g -> {
            double[] gx = gradBuffer();
            for (int o = 0; o < outer; o++) {
                for (int j = 0; j < m; j++) {
                    int xo = (o * len + idx[j]) * inner;
                    int yo = (o * m + j) * inner;
                    for (int i = 0; i < inner; i++) {
                        gx[xo + i] += g[yo + i];
                    }
                }
            }
        });
    }

    /**
     * Replaces the entries where {@code mask} is true by {@code value} (e.g. -infinity for an
     * attention mask). The mask covers the trailing dimensions: its length must divide
     * {@link #size()} and it is repeated over the leading ones (a {@code [T,T]} mask on
     * {@code [B,H,T,T]} scores). No gradient flows to the replaced entries.
     */
    public Tensor maskedFill(boolean[] mask, double value) {
        int p = mask.length;
        if (p == 0 || data.length % p != 0) {
            throw new IllegalArgumentException("mask length " + p + " does not divide size " + data.length);
        }
        boolean[] mk = mask.clone();
        double[] x = data;
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; ) {
            for (int j = 0; j < p; j++, i++) {
                y[i] = mk[j] ? value : x[i];
            }
        }
        return unary("maskedFill", y, g -> {
            double[] gx = gradBuffer();
            for (int i = 0; i < gx.length; ) {
                for (int j = 0; j < p; j++, i++) {
                    if (!mk[j]) {
                        gx[i] += g[i];
                    }
                }
            }
        });
    }

    // ---------------------------------------------------------------- losses

    /** Mean squared error {@code mean((this - target)^2)} over all elements; shapes must be equal. */
    public Tensor mseLoss(Tensor target) {
        if (!Arrays.equals(shape, target.shape)) {
            throw new IllegalArgumentException("mse: shapes " + Arrays.toString(shape) + " and "
                    + Arrays.toString(target.shape) + " differ");
        }
        double[] x = data;
        double[] t = target.data;
        int n = x.length;
        double s = 0;
        for (int i = 0; i < n; i++) {
            double d = x[i] - t[i];
            s += d * d;
        }
        Tensor self = this;
        return result("mse", new double[] {s / n}, new int[0], g -> {
            double[] gx = sink(self);
            double[] gt = sink(target);
            double c = 2.0 * g[0] / n;
            for (int i = 0; i < n; i++) {
                double d = c * (x[i] - t[i]);
                if (gx != null) {
                    gx[i] += d;
                }
                if (gt != null) {
                    gt[i] -= d;
                }
            }
        }, this, target);
    }

    /**
     * Cross-entropy from logits {@code [..., C]} with integer class labels, one per row (the
     * product of the leading dimensions), averaged over rows: {@code mean(logsumexp(x) - x[label])}.
     */
    public Tensor crossEntropy(int... labels) {
        int c = shape[shape.length - 1];
        int rows = c == 0 ? 0 : data.length / c;
        if (labels.length != rows) {
            throw new IllegalArgumentException(rows + " rows of logits but " + labels.length + " labels");
        }
        int[] lab = labels.clone();
        double[] x = data;
        double[] p = new double[x.length];
        double loss = 0;
        for (int r = 0; r < rows; r++) {
            int o = r * c;
            if (lab[r] < 0 || lab[r] >= c) {
                throw new IndexOutOfBoundsException("label " + lab[r] + " for " + c + " classes");
            }
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < c; j++) {
                max = Math.max(max, x[o + j]);
            }
            double s = 0;
            for (int j = 0; j < c; j++) {
                double e = Math.exp(x[o + j] - max);
                p[o + j] = e;
                s += e;
            }
            for (int j = 0; j < c; j++) {
                p[o + j] /= s;
            }
            loss += max + Math.log(s) - x[o + lab[r]];
        }
        return result("crossEntropy", new double[] {loss / rows}, new int[0], g -> {
            double[] gx = gradBuffer();
            double scale = g[0] / rows;
            for (int r = 0; r < rows; r++) {
                int o = r * c;
                for (int j = 0; j < c; j++) {
                    gx[o + j] += scale * (p[o + j] - (j == lab[r] ? 1.0 : 0.0));
                }
            }
        }, this);
    }

    // ---------------------------------------------------------------- regularisation

    /**
     * Inverted dropout: each element is zeroed with probability {@code p} and the rest scaled by
     * {@code 1/(1-p)}, so the expectation is unchanged. Draws one {@code nextDouble()} per element
     * in row-major order from {@code rng}. Returns this tensor unchanged when not training or
     * {@code p == 0}.
     */
    public Tensor dropout(double p, boolean training, RandomGenerator rng) {
        if (p < 0 || p > 1) {
            throw new IllegalArgumentException("dropout probability " + p);
        }
        if (!training || p == 0) {
            return this;
        }
        double scale = p == 1 ? 0.0 : 1.0 / (1.0 - p);
        double[] keep = new double[data.length];
        for (int i = 0; i < keep.length; i++) {
            keep[i] = rng.nextDouble() < p ? 0.0 : scale;
        }
        return scaledBy("dropout", keep, 1);
    }

    /**
     * Drop-path (stochastic depth): each sample (index along axis 0) is zeroed with probability
     * {@code p} and the rest scaled by {@code 1/(1-p)}. One {@code nextDouble()} per sample from
     * {@code rng}. Returns this tensor unchanged when not training or {@code p == 0}.
     */
    public Tensor dropPath(double p, boolean training, RandomGenerator rng) {
        if (p < 0 || p > 1) {
            throw new IllegalArgumentException("drop-path probability " + p);
        }
        if (!training || p == 0 || rank() == 0) {
            return this;
        }
        double scale = p == 1 ? 0.0 : 1.0 / (1.0 - p);
        int samples = shape[0];
        double[] keep = new double[samples];
        for (int i = 0; i < samples; i++) {
            keep[i] = rng.nextDouble() < p ? 0.0 : scale;
        }
        return scaledBy("dropPath", keep, samples == 0 ? 1 : data.length / samples);
    }

    /** Multiplies block {@code i} of {@code block} consecutive elements by {@code factor[i]}. */
    private Tensor scaledBy(String name, double[] factor, int block) {
        double[] x = data;
        double[] y = new double[x.length];
        for (int b = 0, i = 0; b < factor.length; b++) {
            double f = factor[b];
            for (int j = 0; j < block; j++, i++) {
                y[i] = x[i] * f;
            }
        }
        return unary(name, y, g -> {
            double[] gx = gradBuffer();
            for (int b = 0, i = 0; b < factor.length; b++) {
                double f = factor[b];
                for (int j = 0; j < block; j++, i++) {
                    gx[i] += g[i] * f;
                }
            }
        });
    }
}
