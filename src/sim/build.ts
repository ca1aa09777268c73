/**
 * The core's build name. Bump it whenever the simulation's behaviour changes: a take
 * records the build it was made with and is refused by any other (takes replay exactly
 * only on the core that recorded them).
 */
export const SIM_BUILD = "0.1.0+sim.4";
