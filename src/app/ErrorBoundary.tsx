import { Component, type ReactNode } from 'react';
import { ProblemPage } from './ProblemPage';

interface ErrorBoundaryProps {
  readonly children: ReactNode;
}

interface ErrorBoundaryState {
  readonly error: Error | null;
}

/** Turns a render failure anywhere below into a readable page instead of a blank one. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <ProblemPage
        heading="Something went wrong while drawing the pavilion"
        problems={[error.message]}
      />
    );
  }
}
