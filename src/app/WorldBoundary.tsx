import { Component, type ReactNode } from 'react';

interface WorldBoundaryProps {
  readonly children: ReactNode;
  /** Called once with what went wrong; the shell then shows the 2D view. */
  readonly onCrash: (error: Error) => void;
}

interface WorldBoundaryState {
  readonly crashed: boolean;
}

/**
 * Catches a failure anywhere in the 3D view (its chunk not loading, the Canvas not starting, a
 * scene component throwing) so that it costs the visit only the 3D view, not the page.
 */
export class WorldBoundary extends Component<WorldBoundaryProps, WorldBoundaryState> {
  override state: WorldBoundaryState = { crashed: false };

  static getDerivedStateFromError(): WorldBoundaryState {
    return { crashed: true };
  }

  override componentDidCatch(error: unknown): void {
    this.props.onCrash(error instanceof Error ? error : new Error(String(error)));
  }

  override render(): ReactNode {
    return this.state.crashed ? null : this.props.children;
  }
}
