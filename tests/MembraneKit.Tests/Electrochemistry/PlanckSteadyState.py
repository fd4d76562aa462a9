# Independent check of Planck's liquid-junction equation (used by LiquidJunctionTests).
#
# Integrates the electroneutral Nernst-Planck equations in time, on a finite-volume grid with the two ends held at
# the bulk concentrations, until the steady state (Planck's "constrained diffusion"), then integrates the field to
# get phi(right) - phi(left). Mobilities are the CRC limiting conductivities (S cm^2/mol); only ratios matter.
# Pure Python (no numpy); run with `python3 PlanckSteadyState.py` (about 15 s). Output for 100 mM HCl | 10 mM KCl:
#   planck root 52.578 mV, henderson 57.264 mV, simulation 52.33 mV (20 cells), 52.51 mV (40 cells).
import math

# ions: (charge, mobility ~ lambda, left mM, right mM)
def ions_case():
    return [(+1, 349.65, 100.0, 0.0), (+1, 73.48, 0.0, 10.0), (-1, 76.31, 100.0, 10.0)]

def planck(ions):
    U1=sum(u*a for z,u,a,b in ions if z>0); U2=sum(u*b for z,u,a,b in ions if z>0)
    V1=sum(u*a for z,u,a,b in ions if z<0); V2=sum(u*b for z,u,a,b in ions if z<0)
    c1=sum(a for z,u,a,b in ions if z>0); c2=sum(b for z,u,a,b in ions if z>0)
    r=c2/c1; L=math.log(r)
    def q(p):
        x=p*L
        return 1/L if abs(x)<1e-12 else p/math.expm1(x)
    def Z(s):
        return q(s+1)*(U2*r**s-U1) - q(1-s)*(V2*r**(-s)-V1)
    lo,hi=-1.0,1.0
    while Z(lo)*Z(hi)>0: lo*=2; hi*=2
    for _ in range(200):
        m=(lo+hi)/2
        if Z(lo)*Z(m)<=0: hi=m
        else: lo=m
    s=(lo+hi)/2
    return s*L  # = ln xi = F(phi2-phi1)/RT

def henderson(ions):
    S1=sum(abs(z)*u*a for z,u,a,b in ions); S2=sum(abs(z)*u*b for z,u,a,b in ions)
    N=sum((1 if z>0 else -1)*u*(b-a) for z,u,a,b in ions)
    return -N*math.log(S2/S1)/(S2-S1)

def simulate(ions, N=40, steps=None):
    # electroneutral Nernst-Planck, psi in units of RT/F, D proportional to u/|z| (monovalent: u); x in [0,1]
    dx=1.0/N
    # cell-centred concentrations, boundaries fixed as ghost values at x=0 and x=1
    cs=[[a+(b-a)*(k+0.5)/N for k in range(N)] for z,u,a,b in ions]
    umax=max(u for z,u,a,b in ions)
    dt=0.2*dx*dx/umax
    steps=steps or int(3.0/(dt*min(u for z,u,a,b in ions)))
    def fluxes(cs):
        # faces 0..N ; face 0 between left boundary (value a at x=0) and cell 0 (half distance)
        J=[[0.0]*(N+1) for _ in ions]
        dpsi=[0.0]*(N+1)
        for f in range(N+1):
            num=0.0; den=0.0
            for i,(z,u,a,b) in enumerate(ions):
                if f==0: cl,cr,h=a,cs[i][0],dx/2
                elif f==N: cl,cr,h=cs[i][N-1],b,dx/2
                else: cl,cr,h=cs[i][f-1],cs[i][f],dx
                num+=z*u*(cr-cl)/h; den+=z*z*u*(cl+cr)/2
            g=-num/den
            dpsi[f]=g
            for i,(z,u,a,b) in enumerate(ions):
                if f==0: cl,cr,h=a,cs[i][0],dx/2
                elif f==N: cl,cr,h=cs[i][N-1],b,dx/2
                else: cl,cr,h=cs[i][f-1],cs[i][f],dx
                J[i][f]=-u*((cr-cl)/h + z*(cl+cr)/2*g)
        return J,dpsi
    for n in range(steps):
        J,dpsi=fluxes(cs)
        for i in range(len(ions)):
            for k in range(N):
                cs[i][k]-=dt*(J[i][k+1]-J[i][k])/dx
    J,dpsi=fluxes(cs)
    # integrate psi
    total=dpsi[0]*dx/2+dpsi[N]*dx/2+sum(dpsi[f]*dx for f in range(1,N))
    return total

ions=ions_case()
VT=8.314462618*298.15/96485.33212*1000
print('planck mV', planck(ions)*VT)
print('henderson mV', henderson(ions)*VT)
for N in (20,40):
    print('sim N',N, simulate(ions,N)*VT)
