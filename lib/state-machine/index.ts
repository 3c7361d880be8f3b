export { defineStateMachine, type ActionRule, type StateMachine } from './define';
export { moveRecord } from './move-record';
