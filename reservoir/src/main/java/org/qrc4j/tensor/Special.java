package org.qrc4j.tensor;

import org.apache.commons.math3.special.Erf;

/** Special functions used by tensor operations. */
final class Special {

    private Special() {
    }

    /**
     * The error function to about 1e-15 relative accuracy. Delegates to Commons Math (a
     * regularised incomplete gamma series); exactness matters more here than speed because the
     * GELU tests compare with closed forms. A faster rational approximation can replace it if GELU
     * ever dominates a profile.
     */
    static double erf(double x) {
        return Erf.erf(x);
    }
}
