OPENQASM 2.0;
include "qelib1.inc";
/* A parameterised two-qubit block on one register, a rotation on an ancilla register,
   and measurements into two classical registers. */
gate ent(theta) a,b { ry(theta) a; cx a,b; rz(-theta/2) b; }
qreg q[2];
qreg anc[1];
creg c[2];
creg flag[1];
ent(pi/3) q[0],q[1];
u2(0,pi) anc[0];
rx(-pi/2^2) q[1];
u3(1e-1,0.25,-0.5) anc[0];
measure q -> c;
measure anc[0] -> flag[0];
