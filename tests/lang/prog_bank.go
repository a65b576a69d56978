package main

import (
	"errors"
	"fmt"
	"sort"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	ID      string
	Balance int64
	History []string
}

type Bank struct {
	accounts map[string]*Account
}

type TxError struct {
	Op  string
	ID  string
	Err error
}

func (e *TxError) Error() string { return e.Op + " " + e.ID + ": " + e.Err.Error() }
func (e *TxError) Unwrap() error { return e.Err }

func NewBank() *Bank { return &Bank{accounts: make(map[string]*Account)} }

func (b *Bank) Open(id string, initial int64) *Account {
	a := &Account{ID: id, Balance: initial}
	b.accounts[id] = a
	a.History = append(a.History, fmt.Sprintf("open %d", initial))
	return a
}

func (b *Bank) Withdraw(id string, amt int64) error {
	a, ok := b.accounts[id]
	if !ok {
		return &TxError{"withdraw", id, errors.New("no such account")}
	}
	if a.Balance < amt {
		return &TxError{"withdraw", id, ErrInsufficient}
	}
	a.Balance -= amt
	a.History = append(a.History, fmt.Sprintf("withdraw %d", amt))
	return nil
}

func (b *Bank) Transfer(from, to string, amt int64) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("transfer %s->%s failed: %w", from, to, err)
		}
	}()
	if err := b.Withdraw(from, amt); err != nil {
		return err
	}
	b.accounts[to].Balance += amt
	b.accounts[to].History = append(b.accounts[to].History, fmt.Sprintf("deposit %d", amt))
	return nil
}

func main() {
	bank := NewBank()
	bank.Open("alice", 100)
	bank.Open("bob", 50)
	fmt.Println(bank.Transfer("alice", "bob", 30))
	err := bank.Transfer("bob", "alice", 500)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrInsufficient))
	var te *TxError
	if errors.As(err, &te) {
		fmt.Println("op:", te.Op, "id:", te.ID)
	}
	fmt.Println(bank.Withdraw("carol", 1))
	ids := make([]string, 0, len(bank.accounts))
	for id := range bank.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		a := bank.accounts[id]
		fmt.Printf("%-6s %4d %v\n", a.ID, a.Balance, a.History)
	}
}
