OPENQASM 2.0;
include "qelib1.inc";
// Three-qubit quantum Fourier transform, as Qiskit's QFT(3) decomposes it, applied to |001>.
gate qft q0,q1,q2 { h q2; cp(pi/2) q1,q2; cp(pi/4) q0,q2; h q1; cp(pi/2) q0,q1; h q0; swap q0,q2; }
qreg q[3];
x q[0];
qft q[0],q[1],q[2];
