// Every API route, relative to the base path.
import type { Route } from "../route-types";
import { pairingRoutes } from "./pairings";
import { sessionRoutes } from "./sessions";
import { taskRoutes } from "./tasks";

export const apiRoutes: Route[] = [...sessionRoutes, ...pairingRoutes, ...taskRoutes];
